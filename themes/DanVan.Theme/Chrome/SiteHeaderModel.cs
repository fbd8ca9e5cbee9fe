namespace DanVan.Theme.Chrome;

/// <summary>The banner and menu of one page: the tenant's chrome and the current page's path, to mark its menu entry.</summary>
public sealed record SiteHeaderModel(SiteChromeModel Chrome, string? CurrentPath)
{
    public bool IsCurrent(string href) =>
        CurrentPath is not null && string.Equals(SiteChromeModel.Normalise(href), CurrentPath, StringComparison.OrdinalIgnoreCase);
}
