namespace DanVan.Search;

/// <summary>A tenant's search settings (a document in its database): which types are found and how fields weigh.</summary>
public sealed class SearchSettings
{
    public const string DocumentId = "SearchSettings";

    /// <summary>Besides these, any type whose definition has <c>ContentIndexSettings: { "Included": true }</c> is indexed.</summary>
    public List<string> IndexedContentTypes { get; set; } = ["Article", "MeetingReport"];

    public float TitleBoost { get; set; } = 5;

    public float LeadBoost { get; set; } = 2.5f;

    public float BodyBoost { get; set; } = 1;

    public float TagsBoost { get; set; } = 2;

    /// <summary>
    /// The flat score of a word typed with its diacritics and found as typed; far above term scores, so exact matches
    /// rank first (a value near the others' boosts would make it an ordinary preference instead).
    /// </summary>
    public float ExactBoost { get; set; } = 1000;

    /// <summary>
    /// The text roles a query looks in: set from the site's <c>LuceneSettings.DefaultSearchFields</c> when the settings
    /// are read for a search, never stored with them.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string> QueriedRoles { get; set; } = Analysis.SearchFields.TextRoles;

    /// <summary>A copy querying <paramref name="roles"/>: the stored settings are a cached document shared by every request, never changed.</summary>
    public SearchSettings WithRoles(IReadOnlyList<string> roles)
    {
        var copy = (SearchSettings)MemberwiseClone();
        copy.QueriedRoles = roles;
        return copy;
    }

    public float Boost(string role) => role switch
    {
        Analysis.SearchFields.Title => TitleBoost,
        Analysis.SearchFields.Lead => LeadBoost,
        Analysis.SearchFields.Tags => TagsBoost,
        _ => BodyBoost,
    };
}
