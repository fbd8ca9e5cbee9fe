using DanVan.Orchard.Data;
using DanVan.Orchard.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Tenancy;

/// <summary>
/// Checks that every tenant is consistent after whatever happened (a crash, a kill -9, a restore): each Running
/// tenant's database opens, passes the engine's integrity check, has every migration applied and passes the modules'
/// checks (it has an administrator…); no tenant is left Initializing by a setup that is no longer running. Reads only.
/// </summary>
public sealed class TenantIntegrityChecker(
    TenantManager tenants, TenantRegistry registry, TenantScopes scopes, TenantMigrator migrator, IEnumerable<ITenantIntegrityCheck> checks)
{
    public async Task<IReadOnlyList<TenantProblem>> CheckAsync(CancellationToken cancellationToken)
    {
        var problems = new List<TenantProblem>();
        foreach (var tenant in await tenants.ListAsync(cancellationToken))
        {
            if (tenant.WhySetupAbandoned(DateTime.UtcNow) is { } why)
            {
                problems.Add(new(tenant.Name, $"stuck Initializing: {why}; set it up again or remove it."));
            }
            else if (tenant.State == TenantState.Running)
            {
                problems.AddRange((await CheckRunningAsync(tenant, cancellationToken)).Select(p => new TenantProblem(tenant.Name, p)));
            }
        }

        return problems;
    }

    private async Task<IReadOnlyList<string>> CheckRunningAsync(TenantSettings tenant, CancellationToken cancellationToken)
    {
        var database = registry.DatabaseFor(tenant);
        if (await database.CheckAvailableAsync(tenant, thorough: true, cancellationToken) is { } unavailable)
        {
            return [unavailable + "."];
        }

        var problems = (await database.CheckIntegrityAsync(tenant, cancellationToken)).Select(p => $"integrity check: {p}").ToList();
        if (problems.Count > 0)
        {
            return problems;
        }

        return await scopes.RunAsync(tenant, async services =>
        {
            var pending = await migrator.GetPendingAsync(services, cancellationToken);
            if (pending.Count > 0)
            {
                return [$"{pending.Count} migration(s) not applied: {string.Join(", ", pending)}."];
            }

            var found = new List<string>();
            foreach (var check in await services.GetRequiredService<FeatureGate>().WhereEnabledAsync(checks, cancellationToken))
            {
                found.AddRange(await check.CheckAsync(services, cancellationToken));
            }

            return (IReadOnlyList<string>)found;
        });
    }
}
