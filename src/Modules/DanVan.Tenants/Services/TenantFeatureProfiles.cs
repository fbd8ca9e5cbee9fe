using DanVan.Orchard.Modules;
using DanVan.Orchard.Tenancy;

namespace DanVan.Tenants.Services;

/// <summary>Applies the feature profile the portal assigned to the current tenant (none: everything is allowed).</summary>
public sealed class TenantFeatureProfiles(TenantContext tenant, FeatureProfileStore profiles) : IFeatureProfiles
{
    public async Task<bool> IsAllowedAsync(string featureId, CancellationToken cancellationToken)
    {
        if (!tenant.HasTenant || tenant.Settings.FeatureProfile is not { } name)
        {
            return true;
        }

        // A profile that was deleted allows nothing new: safer than silently allowing everything.
        return await profiles.FindAsync(name, cancellationToken) is { } profile && profile.Allows(featureId);
    }

    public async Task<bool> IsRequiredAsync(string featureId, CancellationToken cancellationToken) =>
        tenant.HasTenant && tenant.Settings.FeatureProfile is { } name
        && await profiles.FindAsync(name, cancellationToken) is { } profile && profile.Requires(featureId);
}
