namespace DanVan.Orchard.Modules;

/// <summary>
/// Which features the current tenant's administrators may turn on, and which they may not turn off (Orchard's feature
/// profiles, with a <c>Require</c> rule added). Everything and nothing, unless the provincial portal assigned the tenant a profile.
/// </summary>
public interface IFeatureProfiles
{
    Task<bool> IsAllowedAsync(string featureId, CancellationToken cancellationToken);

    /// <summary>Whether the portal locked the feature on for this tenant (e.g. the audit trail): its administrators cannot turn it off.</summary>
    Task<bool> IsRequiredAsync(string featureId, CancellationToken cancellationToken);
}
