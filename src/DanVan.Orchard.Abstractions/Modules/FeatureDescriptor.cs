namespace DanVan.Orchard.Modules;

public sealed record FeatureDescriptor(
    string Id,
    string Name,
    string Description,
    string Category,
    IReadOnlyList<string> Dependencies,
    string ModuleName,
    bool DefaultTenantOnly = false,
    bool IsAlwaysEnabled = false);
