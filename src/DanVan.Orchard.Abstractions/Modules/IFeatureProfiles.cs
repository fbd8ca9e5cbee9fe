namespace DanVan.Orchard.Modules;

/// <summary>
/// Which features the current tenant's administrators may turn on (Orchard's feature profiles). Everything, unless the
/// provincial portal assigned the tenant a profile.
/// </summary>
public interface IFeatureProfiles
{
    Task<bool> IsAllowedAsync(string featureId, CancellationToken cancellationToken);
}
