using DanVan.Orchard.Modules;
using DanVan.Orchard.Tenancy;

namespace DanVan.Tenants.Services;

/// <summary>
/// Turns on, in a district, the features its profile locks on (<c>Require</c> rules): assigning a profile that
/// requires the audit trail starts the trail there at once, instead of waiting for the district to enable it. A
/// district that is not running then gets them when it is enabled or set up again from the portal.
/// </summary>
public sealed class RequiredFeatures(TenantScopes scopes, FeatureCatalog catalog, ITenantManager tenants, FeatureProfileStore profiles, ILogger<RequiredFeatures> logger)
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

    /// <summary>
    /// After a district was enabled or set up: the features its profile requires (the profile may have changed while
    /// it was not running). Returns why it failed, or null; the state change itself stands.
    /// </summary>
    public async Task<string?> EnsureForAsync(string tenantName, CancellationToken cancellationToken)
    {
        if (await tenants.FindAsync(tenantName, cancellationToken) is not { FeatureProfile: { } name } tenant
            || await profiles.FindAsync(name, cancellationToken) is not { } profile)
        {
            return null;
        }

        return await TryEnsureAsync(tenant, profile, cancellationToken);
    }

    /// <summary>
    /// After a profile changed: every running tenant assigned it. One district that fails (its database unreadable)
    /// does not stop the others; the names of those that failed are returned, to be reported.
    /// </summary>
    public async Task<IReadOnlyList<string>> EnsureAllAsync(FeatureProfile profile, CancellationToken cancellationToken)
    {
        var failed = new List<string>();
        foreach (var tenant in await tenants.ListAsync(cancellationToken))
        {
            if (string.Equals(tenant.FeatureProfile, profile.Name, StringComparison.OrdinalIgnoreCase)
                && await TryEnsureAsync(tenant, profile, cancellationToken) is not null)
            {
                failed.Add(tenant.DisplayName ?? tenant.Name);
            }
        }

        return failed;
    }

    private async Task<string?> TryEnsureAsync(TenantSettings tenant, FeatureProfile profile, CancellationToken cancellationToken)
    {
        try
        {
            await EnsureAsync(tenant, profile, cancellationToken);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            TenantsLog.RequiredFeaturesFailed(logger, e, profile.Name, tenant.Name);
            return e.Message;
        }
    }
}
