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
    IReadOnlyDictionary<string, string>? Variables = null);
