namespace DanVan.Search.Querying;

/// <summary>A page of results with the total, or a message for the reader when nothing could be searched.</summary>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits, string? Message = null)
{
    public static SearchResults Refused(string message) => new(0, [], message);
}
