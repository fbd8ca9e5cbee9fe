using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Orchard.Tenancy;

/// <summary>
/// Loads the tenants at start, then polls the store so that what the CLI or another node changes (a new tenant,
/// a disabled one) takes effect here within a second, turns setups whose process died into Failed ones (see
/// <see cref="SetupLease"/>), and releases tenants that have been idle.
/// </summary>
public sealed class TenantStoreWatcher(TenantRegistry registry, TenantManager tenants, IOptions<OrchardOptions> options, ILogger<TenantStoreWatcher> logger)
    : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await registry.ReloadAsync(cancellationToken);
        await FailInterruptedSetupsAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    private async Task FailInterruptedSetupsAsync(CancellationToken cancellationToken)
    {
        foreach (var name in await tenants.FailInterruptedSetupsAsync(cancellationToken))
        {
            TenancyLog.InterruptedSetupFailed(logger, name);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.TenantStorePollInterval);
        var lastIdleSweep = DateTime.UtcNow;
        var lastConnectionSweep = DateTime.UtcNow;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await registry.ReloadIfChangedAsync(stoppingToken);

                // Every tick: it only looks at the table in memory unless a setup's process died or its lease expired.
                await FailInterruptedSetupsAsync(stoppingToken);
                // Often enough that a crawl over many districts does not leave a connection open in each of them.
                if (DateTime.UtcNow - lastConnectionSweep > options.Value.TenantConnectionIdleTimeout / 2)
                {
                    lastConnectionSweep = DateTime.UtcNow;
                    registry.ReleaseIdleConnections(options.Value.TenantConnectionIdleTimeout);
                }

                if (DateTime.UtcNow - lastIdleSweep > TimeSpan.FromMinutes(1))
                {
                    lastIdleSweep = DateTime.UtcNow;
                    var released = registry.ReleaseIdle(options.Value.TenantIdleTimeout);
                    if (released > 0)
                    {
                        TenancyLog.IdleTenantsReleased(logger, released);
                    }
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A half-written file from a foreign editor or a transient I/O error: keep the last good table, try again.
                TenancyLog.StoreReloadFailed(logger, e);
            }
        }
    }
}
