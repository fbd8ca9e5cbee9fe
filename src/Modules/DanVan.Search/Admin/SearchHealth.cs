using System.Collections.Concurrent;

namespace DanVan.Search.Admin;

/// <summary>The last failure of each tenant's index updates in this process (cleared by the next success), for the dashboard.</summary>
public sealed class SearchHealth
{
    private readonly ConcurrentDictionary<string, string> _failures = new(StringComparer.OrdinalIgnoreCase);

    public void Failed(string tenantName, string reason) => _failures[tenantName] = reason;

    public void Succeeded(string tenantName) => _failures.TryRemove(tenantName, out _);

    public string? FailureOf(string tenantName) => _failures.TryGetValue(tenantName, out var reason) ? reason : null;
}
