using DanVan.Search.Querying;

namespace DanVan.Search.ViewModels;

/// <summary>The results page: what was asked (to refill the form), the page of hits with their links, the choices of the filters.</summary>
public sealed class SearchPageModel
{
    public string Query { get; init; } = string.Empty;

    public string? Type { get; init; }

    public string? Category { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public bool Newest { get; init; }

    public string? District { get; init; }

    public int Page { get; init; } = 1;

    public int PageCount { get; init; } = 1;

    public int Total { get; init; }

    /// <summary>On the portal: districts left out of this search because their index is being built or updated.</summary>
    public int Updating { get; init; }

    /// <summary>Whether a search ran (a query or a filter), as opposed to the empty form.</summary>
    public bool Searched { get; init; }

    public string? Message { get; init; }

    public IReadOnlyList<SearchHitView> Hits { get; init; } = [];

    public IReadOnlyList<(string Value, string Text)> Types { get; init; } = [];

    public IReadOnlyList<(string Value, string Text)> Categories { get; init; } = [];

    /// <summary>Set on the portal: the districts to filter by.</summary>
    public IReadOnlyList<(string Value, string Text)> Districts { get; init; } = [];

    public bool IsPortal { get; init; }
}

/// <summary>A hit with its link (inside the tenant, or the district's own address on the portal) and its district's name.</summary>
public sealed record SearchHitView(SearchHit Hit, string Href, string Date, string? DistrictName);
