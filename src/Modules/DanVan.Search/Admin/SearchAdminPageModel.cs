namespace DanVan.Search.Admin;

/// <summary>The search admin page: the index's status and the settings form with every content type to choose from.</summary>
public sealed record SearchAdminPageModel(
    SearchIndexStatus Status,
    string? LastUpdated,
    SearchSettingsForm Form,
    IReadOnlyList<(string Name, string DisplayName)> AllTypes,
    IReadOnlyList<string> Errors);
