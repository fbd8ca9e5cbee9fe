using DanVan.Orchard.Contents;

namespace DanVan.Contents.ViewModels;

public sealed record ContentItemActions(bool CanEdit, bool CanPublish, bool CanDelete, bool CanRestore);

public sealed record ContentListViewModel(
    ContentPage Page,
    ContentQuery Query,
    IReadOnlyList<(string Name, string DisplayName)> Types,
    IReadOnlyDictionary<string, ContentItemActions> Actions,
    IReadOnlyList<(string Name, string DisplayName)> CreatableTypes,
    IReadOnlyDictionary<string, DateTime>? ScheduledUtc = null,
    IReadOnlySet<string>? ScheduleCalledOff = null);
