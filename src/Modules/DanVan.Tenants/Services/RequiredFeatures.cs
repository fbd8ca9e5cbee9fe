using DanVan.Orchard.Modules;
using DanVan.Orchard.Tenancy;

namespace DanVan.Tenants.Services;

/// <summary>
/// Turns on, in a district, the features its profile locks on (<c>Require</c> rules): assigning a profile that
/// requires the audit trail starts the trail there at once, instead of waiting for the district to enable it.
/// </summary>
public sealed class RequiredFeatures(TenantScopes scopes, FeatureCatalog catalog, ITenantManager tenants)
{
    public async Task EnsureAsync(TenantSettings tenant, FeatureProfile profile, CancellationToken cancellationToken)
    {
        if (tenant.State != TenantState.Running)
        {
            return;
        }

        var required = catalog.All.Where(f => !f.DefaultTenantOnly && profile.Requires(f.Id)).Select(f => f.Id).ToList();
        if (required.Count == 0)
        {
            return;
        }

        await scopes.RunAsync(tenant, services => services.GetRequiredService<FeatureManager>().EnableAsync(required, cancellationToken));
    }

    /// <summary>After a profile changed: every running tenant assigned it.</summary>
    public async Task EnsureAllAsync(FeatureProfile profile, CancellationToken cancellationToken)
    {
        foreach (var tenant in await tenants.ListAsync(cancellationToken))
        {
            if (string.Equals(tenant.FeatureProfile, profile.Name, StringComparison.OrdinalIgnoreCase))
            {
                await EnsureAsync(tenant, profile, cancellationToken);
            }
        }
    }
}
