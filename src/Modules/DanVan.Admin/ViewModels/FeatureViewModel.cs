namespace DanVan.Admin.ViewModels;

public sealed record FeatureViewModel(
    string Id, string Name, string Description, string Category, bool Enabled, bool Locked, bool Allowed,
    IReadOnlyList<string> Dependencies, IReadOnlyList<string> EnabledDependents)
{
    /// <summary>The provincial portal locked it on for this tenant (a <c>Require</c> rule of its feature profile).</summary>
    public bool RequiredByProvince { get; init; }
}
