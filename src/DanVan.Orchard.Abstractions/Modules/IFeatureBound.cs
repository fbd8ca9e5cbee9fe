namespace DanVan.Orchard.Modules;

/// <summary>
/// A registration that is active only in tenants where its feature is on. A module's startup need not say which:
/// what it registers without a feature gets the module's main feature (the core's <c>ModuleRegistrations</c>).
/// </summary>
public interface IFeatureBound
{
    /// <summary>The feature id, or null for the framework's own registrations (always active).</summary>
    string? FeatureId { get; set; }
}
