namespace DanVan.Admin.ViewModels;

public sealed record DashboardViewModel(string SiteName, IReadOnlyList<ContentTypeCount> Counts);

public sealed record ContentTypeCount(string ContentType, string DisplayName, int Published, int Drafts);
