namespace DanVan.Search.Querying;

/// <summary>
/// A page of results with the total, or a message for the reader when nothing could be searched; on the portal, how
/// many districts were left out because their index is being built or updated.
/// </summary>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits, string? Message = null, int Updating = 0)
{
    public static SearchResults Refused(string message) => new(0, [], message);
}
