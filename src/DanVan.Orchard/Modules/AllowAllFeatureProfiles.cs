namespace DanVan.Orchard.Modules;

/// <summary>No profiles module: every feature may be turned on.</summary>
public sealed class AllowAllFeatureProfiles : IFeatureProfiles
{
    public Task<bool> IsAllowedAsync(string featureId, CancellationToken cancellationToken) => Task.FromResult(true);
}
