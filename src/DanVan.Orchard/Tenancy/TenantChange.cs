namespace DanVan.Orchard.Tenancy;

/// <summary>One change of one tenant, as sent to the other nodes: its name and what changed, never its settings.</summary>
public sealed record TenantChange(string Tenant, TenantChangeKind Kind)
{
    /// <summary>
    /// The tenants that differ between two versions of the store's list, each with what happened to it. A setup's
    /// lease renewal (only its heartbeat moved) is not a change: told every few seconds, it would make every other node
    /// reload the whole store for the length of a setup; they read the lease from the store when they decide on it.
    /// </summary>
    public static IEnumerable<TenantChange> Between(IReadOnlyList<TenantSettings> before, IReadOnlyList<TenantSettings> after)
    {
        var old = before.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var tenant in after)
        {
            if (!old.Remove(tenant.Name, out var previous))
            {
                yield return new TenantChange(tenant.Name, TenantChangeKind.Created);
            }
            else if (previous != tenant && !OnlyHeartbeatMoved(previous, tenant))
            {
                yield return new TenantChange(tenant.Name, TenantChangeKind.Changed);
            }
        }

        foreach (var name in old.Keys)
        {
            yield return new TenantChange(name, TenantChangeKind.Removed);
        }
    }

    private static bool OnlyHeartbeatMoved(TenantSettings before, TenantSettings after) =>
        before.SetupLease is { } lease && after.SetupLease is { } renewed &&
        before with { SetupLease = null } == after with { SetupLease = null } &&
        lease with { HeartbeatUtc = default } == renewed with { HeartbeatUtc = default };
}
