using DanVan.Orchard.Data;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DanVan.Email.Outbox;

/// <summary>
/// The background sender. Each turn it serves at most <see cref="OutboxOptions.MaxTenantsPerTick"/> tenants that this
/// node knows have mail due (<see cref="OutboxSignal"/>), a batch each; it never opens every tenant's database each
/// tick. Every <see cref="OutboxOptions.ScanInterval"/> (and at start) every running tenant is looked at once, for
/// mail queued by another process; a tenant the CLI or another node set up or changed is looked at when the tenant
/// list changes.
/// </summary>
public sealed class OutboxDispatcher(
    ITenantRegistry registry,
    TenantScopes scopes,
    OutboxSignal signal,
    OutboxHealth health,
    IOptions<OutboxOptions> options,
    [FromKeyedServices(OutboxClock.Key)] TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private IReadOnlyList<TenantSettings>? _seen;
    private Dictionary<string, TenantSettings> _seenByName = new(StringComparer.OrdinalIgnoreCase);
    private DateTime _nextScan = DateTime.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await TickAsync(stoppingToken);
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                EmailOutboxLog.TurnFailed(logger, e);
            }
        }
    }

    /// <summary>One turn: notice new or changed tenants, then serve those due. Public for the benchmark and tests.</summary>
    public async Task TickAsync(CancellationToken cancellationToken)
    {
        NoticeTenants(registry.All);

        var due = signal.TakeDue(options.Value.MaxTenantsPerTick);
        await Parallel.ForEachAsync(
            due,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.Parallelism), CancellationToken = cancellationToken },
            async (tenant, ct) => await TurnAsync(tenant, ct));
    }

    private void NoticeTenants(IReadOnlyList<TenantSettings> tenants)
    {
        var now = clock.UtcNow();
        var scan = now >= _nextScan;
        if (!scan && ReferenceEquals(tenants, _seen))
        {
            return;
        }

        foreach (var tenant in tenants.Where(t => t.State is TenantState.Running))
        {
            // Every tenant on a scan; otherwise only one whose settings changed (set up or changed elsewhere).
            if (scan || _seenByName.GetValueOrDefault(tenant.Name) != tenant)
            {
                signal.Due(tenant.Name, now);
            }
        }

        var byName = tenants.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var gone in _seenByName.Keys.Where(name => !byName.ContainsKey(name)))
        {
            signal.Forget(gone);
            health.Remove(gone);
        }

        _seen = tenants;
        _seenByName = byName;
        if (scan)
        {
            _nextScan = now + options.Value.ScanInterval;
        }
    }

    private async Task TurnAsync(string name, CancellationToken cancellationToken)
    {
        var tenant = registry.Find(name);
        if (tenant is null)
        {
            signal.Forget(name);
            health.Remove(name);
            return;
        }

        if (tenant.State != TenantState.Running)
        {
            // A setup under way (its invitation is queued inside it) is looked at again once it is Running; the
            // mail of a disabled tenant waits until it is enabled (a change of the tenant list).
            if (tenant.State == TenantState.Initializing)
            {
                signal.Due(name, clock.UtcNow() + TimeSpan.FromSeconds(1));
            }
            else
            {
                signal.Forget(name);
            }

            return;
        }

        try
        {
            var next = await scopes.RunAsync(tenant, async services =>
            {
                var shell = services.GetRequiredService<TenantContext>().Shell;
                if (!await shell.EnsureDatabaseAvailableAsync(cancellationToken))
                {
                    return clock.UtcNow() + TimeSpan.FromMinutes(1);
                }

                await shell.EnsureMigratedAsync(services, cancellationToken);
                if (!await services.GetRequiredService<FeatureGate>().IsEnabledAsync(typeof(OutboxTenantWorker), cancellationToken))
                {
                    return null;
                }

                return await services.GetRequiredService<OutboxTenantWorker>().RunAsync(cancellationToken);
            }, touch: false); // A scan every ScanInterval (shorter than the idle timeout) must not keep every tenant open.
            signal.Reschedule(name, next);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            EmailOutboxLog.TenantFailed(logger, e, name);
            signal.Due(name, clock.UtcNow() + TimeSpan.FromMinutes(1));
        }
    }
}
