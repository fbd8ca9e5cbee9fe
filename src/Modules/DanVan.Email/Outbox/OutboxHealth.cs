using System.Collections.Concurrent;

namespace DanVan.Email.Outbox;

/// <summary>
/// What this node last saw of each tenant's outbox (waiting, failed, the last error, whether a server is set), kept
/// after each turn and scan: the portal's dashboard reads it without opening every district's database.
/// </summary>
public sealed class OutboxHealth
{
    private readonly ConcurrentDictionary<string, OutboxSummary> _tenants = new(StringComparer.OrdinalIgnoreCase);

    public void Set(string tenant, OutboxSummary summary) => _tenants[tenant] = summary;

    public OutboxSummary? Get(string tenant) => _tenants.GetValueOrDefault(tenant);

    public void Remove(string tenant) => _tenants.TryRemove(tenant, out _);
}
