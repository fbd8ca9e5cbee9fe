namespace DanVan.Search.Querying;

/// <summary>A search as the results page asks it: the text, the filters (already checked), the sort and the page.</summary>
public sealed record SearchRequest(
    ReaderQuery Text,
    string? Type = null,
    string? Category = null,
    DateTime? FromUtc = null,
    DateTime? ToUtc = null,
    bool Newest = false,
    int Page = 1,
    int PageSize = 10);
