namespace DanVan.Orchard.Modules;

/// <summary>No profiles module: every feature may be turned on, and off.</summary>
public sealed class AllowAllFeatureProfiles : IFeatureProfiles
{
    public Task<bool> IsAllowedAsync(string featureId, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task<bool> IsRequiredAsync(string featureId, CancellationToken cancellationToken) => Task.FromResult(false);
}
