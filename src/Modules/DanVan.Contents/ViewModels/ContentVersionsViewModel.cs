using DanVan.Orchard.Contents;

namespace DanVan.Contents.ViewModels;

public sealed record ContentVersionRow(ContentVersion Version, bool Latest, bool Published);

public sealed record ContentVersionsViewModel(string ContentItemId, string Title, IReadOnlyList<ContentVersionRow> Versions, bool CanRestore);
