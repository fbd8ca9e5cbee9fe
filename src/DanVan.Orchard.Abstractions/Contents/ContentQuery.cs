namespace DanVan.Orchard.Contents;

public enum ContentStatus
{
    All,
    Published,
    Draft,
    Removed,
}

public enum ContentSort
{
    ModifiedDesc,
    ModifiedAsc,
    TitleAsc,
    PublishedDesc,
}

/// <summary>
/// The admin list's filter: type, status, text in the title — or, with <paramref name="AlsoMatchingIds"/>, the items a
/// full-text index found for it (<see cref="IContentListTextSearch"/>) —, sort and page (from 1).
/// </summary>
public sealed record ContentQuery(
    string? ContentType, ContentStatus Status, string? Text, ContentSort Sort, int Page, int PageSize = 20, IReadOnlyCollection<string>? AlsoMatchingIds = null);

/// <summary>A page of latest versions; <see cref="PublishedIds"/> are the items among them that readers can see.</summary>
public sealed record ContentPage(IReadOnlyList<ContentVersion> Items, IReadOnlySet<string> PublishedIds, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
