namespace DanVan.Admin.ViewModels;

public sealed record FeatureViewModel(
    string Id, string Name, string Description, string Category, bool Enabled, bool Locked,
    IReadOnlyList<string> Dependencies, IReadOnlyList<string> EnabledDependents);
