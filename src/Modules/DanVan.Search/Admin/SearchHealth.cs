using System.Collections.Concurrent;

namespace DanVan.Search.Admin;

/// <summary>
/// What the worker last saw of each tenant's index in this process, for the dashboard: the last failure (cleared by
/// the next success) and the tasks it found pending.
/// </summary>
public sealed class SearchHealth
{
    private readonly ConcurrentDictionary<string, string> _failures = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, int> _pending = new(StringComparer.OrdinalIgnoreCase);

    public void SawPending(string tenantName, int count) => _pending[tenantName] = count;

    /// <summary>The tasks pending when the worker last looked; null when it has not looked since this process started.</summary>
    public int? PendingOf(string tenantName) => _pending.TryGetValue(tenantName, out var count) ? count : null;

    public void Failed(string tenantName, string reason) => _failures[tenantName] = reason;

    public void Succeeded(string tenantName) => _failures.TryRemove(tenantName, out _);

    public string? FailureOf(string tenantName) => _failures.TryGetValue(tenantName, out var reason) ? reason : null;
}
