namespace DanVan.Admin.ViewModels;

public sealed record FeatureViewModel(
    string Id, string Name, string Description, string Category, bool Enabled, bool Locked, bool Allowed,
    IReadOnlyList<string> Dependencies, IReadOnlyList<string> EnabledDependents);
