using System.Collections.Concurrent;
using DanVan.Orchard.Tenancy;

namespace DanVan.Search.Querying;

/// <summary>
/// Whether each tenant has search on (its database available and the feature enabled), as last checked, so the
/// portal's anonymous queries do not create shells, reach databases and read features for every closed district on
/// every request. A remembered answer holds while the tenant's settings (the same registry entry), its shell and the
/// shell's content generation (which moves with features and settings too) are the ones it was checked under. The
/// settings and the shell are held weakly: a rebuilt shell, or replaced settings, are not kept alive by an old answer
/// (which then no longer holds); a removed tenant's answer is forgotten.
/// </summary>
public sealed class SearchTenantStates
{
    private readonly ConcurrentDictionary<string, State> _states = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The remembered answer for the tenant as it is now, or null when it must be checked.</summary>
    public bool? Find(TenantSettings tenant, ITenantShell shell) =>
        _states.TryGetValue(tenant.Name, out var state) && state.Tenant.TryGetTarget(out var checkedTenant) && ReferenceEquals(checkedTenant, tenant) &&
        state.Shell.TryGetTarget(out var checkedShell) && ReferenceEquals(checkedShell, shell) && state.Generation == shell.ContentGeneration
            ? state.SearchOn
            : null;

    /// <summary>Whether the tenant was last seen with search off (for a check that must not touch its shell).</summary>
    public bool WasOff(TenantSettings tenant) =>
        _states.TryGetValue(tenant.Name, out var state) && state.Tenant.TryGetTarget(out var checkedTenant) && ReferenceEquals(checkedTenant, tenant) && !state.SearchOn;

    public void Remember(TenantSettings tenant, ITenantShell shell, bool searchOn) =>
        _states[tenant.Name] = new State(new WeakReference<TenantSettings>(tenant), new WeakReference<ITenantShell>(shell), shell.ContentGeneration, searchOn);

    public void Forget(string tenantName) => _states.TryRemove(tenantName, out _);

    /// <summary>Tenants with an answer kept.</summary>
    public int Count => _states.Count;

    private sealed record State(WeakReference<TenantSettings> Tenant, WeakReference<ITenantShell> Shell, long Generation, bool SearchOn);
}
