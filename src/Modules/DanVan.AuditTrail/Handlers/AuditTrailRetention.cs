using System.Collections.Concurrent;
using DanVan.AuditTrail.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DanVan.AuditTrail.Handlers;

/// <summary>
/// Deletes a tenant's events older than <see cref="AuditTrailOptions.RetentionDays"/>, when an event is recorded and
/// at most every <see cref="AuditTrailOptions.PruneInterval"/>: no background pass has to open every tenant, and a
/// tenant nobody uses has nothing new to prune.
/// </summary>
public sealed class AuditTrailRetention(IOptions<AuditTrailOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTime> _nextPrune = new(StringComparer.OrdinalIgnoreCase);

    public async Task PruneIfDueAsync(AuditTrailDbContext db, string tenant, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (_nextPrune.TryGetValue(tenant, out var next) && now < next)
        {
            return;
        }

        // Two events at once may both prune: harmless, the second deletes nothing.
        _nextPrune[tenant] = now + options.Value.PruneInterval;

        var cutoff = now.AddDays(-Math.Max(1, options.Value.RetentionDays));
        await db.Events.Where(e => e.CreatedUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
