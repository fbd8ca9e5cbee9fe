using DanVan.Email.Data;
using DanVan.Email.Smtp;
using DanVan.Orchard.Tenancy;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DanVan.Email.Outbox;

/// <summary>
/// One turn of one tenant's outbox: take a batch of due messages under a lease, send them over one connection, record
/// each outcome the moment it is known; returns when the tenant next has mail due (null: nothing waits).
/// </summary>
public sealed class OutboxTenantWorker(
    EmailDbContext db,
    SmtpEndpointResolver resolver,
    MailTransportFactory transports,
    OutboxHealth health,
    SmtpHostReachability hostReachability,
    TenantContext tenant,
    IOptions<OutboxOptions> options,
    [FromKeyedServices(OutboxClock.Key)] TimeProvider clock,
    ILogger<OutboxTenantWorker> logger)
{
    /// <summary>A message is started only while the lease has this many timeouts left (connect, send, answer).</summary>
    public const int TimeoutsPerMessage = 3;

    private OutboxOptions Options => options.Value;

    public async Task<DateTime?> RunAsync(CancellationToken cancellationToken)
    {
        // A full prune batch means more old mail: the tenant is looked at again at the next turn.
        var moreToPrune = await PruneAsync(cancellationToken);
        var endpoint = await resolver.ResolveAsync(cancellationToken);
        if (endpoint.Kind == MailTransportKind.None)
        {
            // Nothing is taken and no attempt is counted: the messages wait whole for a server (settings saved wake the sender).
            await SummarizeAsync(endpoint.WhyNone, cancellationToken);
            return moreToPrune ? clock.UtcNow() : null;
        }

        var token = Guid.NewGuid().ToString("N");
        var leaseUntil = clock.UtcNow() + Options.LeaseDuration;
        var batch = await ClaimAsync(token, leaseUntil, cancellationToken);
        if (batch.Count > 0)
        {
            await SendAsync(batch, endpoint, token, leaseUntil, cancellationToken);
        }

        await SummarizeAsync(null, cancellationToken);
        return batch.Count == Options.BatchSize || moreToPrune ? clock.UtcNow() : await NextDueAsync(cancellationToken);
    }

    /// <summary>
    /// Deletes up to <see cref="OutboxOptions.PruneBatchSize"/> messages sent more than
    /// <see cref="OutboxOptions.SentRetentionDays"/> ago, oldest first; waiting and failed ones are never touched.
    /// Returns whether there may be more.
    /// </summary>
    private async Task<bool> PruneAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.UtcNow() - TimeSpan.FromDays(Options.SentRetentionDays);
        var batchSize = Math.Max(1, Options.PruneBatchSize);

        // Sent after it was created: the (Status, CreatedUtc) index finds the candidates without a scan.
        var ids = await db.Outbox.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Sent && m.CreatedUtc < cutoff && m.SentUtc < cutoff)
            .OrderBy(m => m.CreatedUtc).Take(batchSize).Select(m => m.Id)
            .ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return false;
        }

        var deleted = await db.Outbox.Where(m => ids.Contains(m.Id) && m.Status == OutboxStatus.Sent).ExecuteDeleteAsync(cancellationToken);
        EmailOutboxLog.Pruned(logger, deleted, Options.SentRetentionDays, tenant.Settings.Name);
        return ids.Count == batchSize;
    }

    /// <summary>
    /// Takes the due messages no one holds: one UPDATE that re-checks the lease, so of two nodes asking at once each
    /// message goes to one only; then reads back what this token got.
    /// </summary>
    private async Task<List<OutboxMessage>> ClaimAsync(string token, DateTime leaseUntil, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow();
        var ids = await db.Outbox.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptUtc <= now && (m.LeaseExpiresUtc == null || m.LeaseExpiresUtc < now))
            .OrderBy(m => m.NextAttemptUtc).Take(Options.BatchSize).Select(m => m.Id)
            .ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return [];
        }

        await db.Outbox
            .Where(m => ids.Contains(m.Id) && m.Status == OutboxStatus.Pending && (m.LeaseExpiresUtc == null || m.LeaseExpiresUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseToken, token).SetProperty(m => m.LeaseExpiresUtc, leaseUntil), cancellationToken);
        return await db.Outbox.AsNoTracking()
            .Where(m => m.LeaseToken == token && m.Status == OutboxStatus.Pending)
            .OrderBy(m => m.NextAttemptUtc)
            .ToListAsync(cancellationToken);
    }

    private async Task SendAsync(List<OutboxMessage> batch, SmtpEndpoint endpoint, string token, DateTime leaseUntil, CancellationToken cancellationToken)
    {
        await using var transport = transports.Open(endpoint, tenant.Settings.Name);
        for (var i = 0; i < batch.Count; i++)
        {
            var row = batch[i];

            // A message is only started while the lease surely outlasts it: another node must never send it meanwhile.
            if (clock.UtcNow() + endpoint.Timeout * TimeoutsPerMessage > leaseUntil || cancellationToken.IsCancellationRequested)
            {
                await ReleaseAsync(batch.Skip(i), token);
                return;
            }

            try
            {
                var answer = await transport.SendAsync(MimeMessageFactory.Build(row, endpoint), cancellationToken);
                ReportHostReached(endpoint, true);

                // The window between the server's acceptance and this mark is what a crash could repeat: one UPDATE.
                await MarkSentAsync(row, token);
                EmailOutboxLog.Delivered(logger, row.MessageId, row.To, tenant.Settings.Name, answer);
            }
            catch (MailConnectionException e)
            {
                // Server unreachable or sign-in refused: every message left would fail the same way now.
                EmailOutboxLog.ServerUnreachable(logger, tenant.Settings.Name, e.Message);
                ReportHostReached(endpoint, false);
                await FailAsync(batch.Skip(i), token, e.Message);
                return;
            }
            catch (SmtpCommandException e)
            {
                await FailAsync([row], token, $"{(int)e.StatusCode} {e.Message}");
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Stopping: the message under way may or may not have gone; its lease expires and it is tried again.
                await ReleaseAsync(batch.Skip(i + 1), token);
                throw;
            }
            catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
            {
                await FailAsync([row], token, e.Message);
            }
        }
    }

    /// <summary>What the health check says of the host-wide server, learnt for free (a tenant's own server is not its concern).</summary>
    private void ReportHostReached(SmtpEndpoint endpoint, bool reached)
    {
        if (endpoint is { Kind: MailTransportKind.Smtp, TenantSet: false })
        {
            hostReachability.Report(reached);
        }
    }

    private async Task MarkSentAsync(OutboxMessage row, string token)
    {
        var now = clock.UtcNow();
        var marked = await db.Outbox.Where(m => m.Id == row.Id && m.LeaseToken == token).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxStatus.Sent)
            .SetProperty(m => m.SentUtc, now)
            .SetProperty(m => m.LastAttemptUtc, now)
            .SetProperty(m => m.Attempts, m => m.Attempts + 1)
            .SetProperty(m => m.LeaseToken, (string?)null)
            .SetProperty(m => m.LeaseExpiresUtc, (DateTime?)null), CancellationToken.None);
        if (marked == 0)
        {
            EmailOutboxLog.SentAfterLease(logger, row.MessageId, tenant.Settings.Name);
        }
    }

    /// <summary>Counts a failed attempt: the next one after the back-off, or failed for good after the last.</summary>
    private async Task FailAsync(IEnumerable<OutboxMessage> rows, string token, string error)
    {
        var now = clock.UtcNow();
        var text = error.Length > OutboxMessage.ErrorMaxLength ? error[..OutboxMessage.ErrorMaxLength] : error;
        foreach (var row in rows)
        {
            var attempts = row.Attempts + 1;
            var failed = attempts > Options.RetryDelays.Length;
            var next = failed ? now : now + Options.RetryDelays[attempts - 1];
            await db.Outbox.Where(m => m.Id == row.Id && m.LeaseToken == token).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, failed ? OutboxStatus.Failed : OutboxStatus.Pending)
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.LastAttemptUtc, now)
                .SetProperty(m => m.NextAttemptUtc, next)
                .SetProperty(m => m.LastError, text)
                .SetProperty(m => m.LeaseToken, (string?)null)
                .SetProperty(m => m.LeaseExpiresUtc, (DateTime?)null), CancellationToken.None);
            if (failed)
            {
                EmailOutboxLog.Failed(logger, row.MessageId, row.To, tenant.Settings.Name, attempts, text);
            }
        }
    }

    private async Task ReleaseAsync(IEnumerable<OutboxMessage> rows, string token)
    {
        var ids = rows.Select(r => r.Id).ToList();
        await db.Outbox.Where(m => ids.Contains(m.Id) && m.LeaseToken == token).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.LeaseToken, (string?)null)
            .SetProperty(m => m.LeaseExpiresUtc, (DateTime?)null), CancellationToken.None);
    }

    /// <summary>The earliest time a waiting message can be sent: its next attempt, or when another node's lease on it ends.</summary>
    private async Task<DateTime?> NextDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow();
        var free = await db.Outbox
            .Where(m => m.Status == OutboxStatus.Pending && (m.LeaseExpiresUtc == null || m.LeaseExpiresUtc < now))
            .MinAsync(m => (DateTime?)m.NextAttemptUtc, cancellationToken);
        var held = await db.Outbox
            .Where(m => m.Status == OutboxStatus.Pending && m.LeaseExpiresUtc >= now)
            .MinAsync(m => m.LeaseExpiresUtc, cancellationToken);
        return free is null ? held : held is null ? free : free < held ? free : held;
    }

    private async Task SummarizeAsync(string? whyNotSending, CancellationToken cancellationToken)
    {
        var counts = await db.Outbox.Where(m => m.Status != OutboxStatus.Sent)
            .GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var failed = counts.FirstOrDefault(c => c.Key == OutboxStatus.Failed)?.Count ?? 0;
        var lastError = failed == 0 ? null : await db.Outbox.Where(m => m.Status == OutboxStatus.Failed)
            .OrderByDescending(m => m.LastAttemptUtc).Select(m => m.LastError).FirstOrDefaultAsync(cancellationToken);
        health.Set(tenant.Settings.Name, new OutboxSummary(
            counts.FirstOrDefault(c => c.Key == OutboxStatus.Pending)?.Count ?? 0, failed, lastError, whyNotSending));
    }
}
