namespace DanVan.Orchard.Tenancy;

/// <summary>One change of one tenant, as sent to the other nodes: its name and what changed, never its settings.</summary>
public sealed record TenantChange(string Tenant, TenantChangeKind Kind)
{
    /// <summary>The tenants that differ between two versions of the store's list, each with what happened to it.</summary>
    public static IEnumerable<TenantChange> Between(IReadOnlyList<TenantSettings> before, IReadOnlyList<TenantSettings> after)
    {
        var old = before.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var tenant in after)
        {
            if (!old.Remove(tenant.Name, out var previous))
            {
                yield return new TenantChange(tenant.Name, TenantChangeKind.Created);
            }
            else if (previous != tenant)
            {
                yield return new TenantChange(tenant.Name, TenantChangeKind.Changed);
            }
        }

        foreach (var name in old.Keys)
        {
            yield return new TenantChange(name, TenantChangeKind.Removed);
        }
    }
}
