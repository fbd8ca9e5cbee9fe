namespace DanVan.Tenants.Services;

/// <summary>One district tenant to bring online (from the create form, a CSV row, the API or the CLI).</summary>
public sealed record ProvisionRequest(
    string Name,
    string? DisplayName,
    string? Prefix,
    string? Host,
    string AdminEmail,
    string? AdminPassword,
    IReadOnlyList<string> Recipes,
    IReadOnlyDictionary<string, string>? Variables = null)
{
    /// <summary>Skip the recipes' unknown steps, features and themes (a warning each) instead of refusing them.</summary>
    public bool Lenient { get; init; }
}
