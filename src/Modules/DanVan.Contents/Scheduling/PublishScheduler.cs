using DanVan.Orchard.Modules;
using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Contents.Scheduling;

/// <summary>
/// The background publisher, one per node. Each turn it serves the tenants this node knows have a publication due
/// (<see cref="PublishScheduleSignal"/>); it never opens every tenant's database each tick. At start (after a
/// restart), every <see cref="PublishScheduleOptions.ScanInterval"/> and when the tenant list changes, each running
/// tenant's next due time is read once, for schedules set by another node. Its scopes do not count as use of the
/// tenant, so an idle tenant is still released between its turns.
/// </summary>
public sealed class PublishScheduler(
    ITenantRegistry registry,
    TenantScopes scopes,
    PublishScheduleSignal signal,
    IOptions<PublishScheduleOptions> options,
    [FromKeyedServices(PublishScheduleClock.Key)] TimeProvider clock,
    ILogger<PublishScheduler> logger) : BackgroundService
{
    private IReadOnlyList<TenantSettings>? _seen;
    private Dictionary<string, TenantSettings> _seenByName = new(StringComparer.OrdinalIgnoreCase);
    private DateTime _nextScan = DateTime.MinValue;
    private long _ticks;

    /// <summary>Turns completed since start: lets a test know the publisher has looked at the clock since it moved.</summary>
    public long CompletedTicks => Interlocked.Read(ref _ticks);

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
                PublishScheduleLog.TurnFailed(logger, e);
            }
        }
    }

    /// <summary>One turn: notice new or changed tenants, then serve those due.</summary>
    public async Task TickAsync(CancellationToken cancellationToken)
    {
        if (!registry.HasLoaded)
        {
            return;
        }

        NoticeTenants(registry.All);
        foreach (var name in signal.TakeDue(options.Value.MaxTenantsPerTick))
        {
            await TurnAsync(name, cancellationToken);
        }

        Interlocked.Increment(ref _ticks);
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
            if (scan || _seenByName.GetValueOrDefault(tenant.Name) != tenant)
            {
                signal.Due(tenant.Name, DateTime.MinValue);
            }
        }

        var byName = tenants.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var gone in _seenByName.Keys.Where(name => !byName.ContainsKey(name)))
        {
            signal.Forget(gone);
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
        if (tenant is null || tenant.State != TenantState.Running)
        {
            // A disabled tenant's schedule waits until it is enabled (a change of the tenant list brings it back).
            signal.Forget(name);
            return;
        }

        try
        {
            var next = await scopes.RunAsync(
                tenant,
                async services =>
                {
                    var shell = services.GetRequiredService<TenantContext>().Shell;
                    if (!await shell.EnsureDatabaseAvailableAsync(cancellationToken))
                    {
                        return clock.UtcNow() + TimeSpan.FromMinutes(1);
                    }

                    await shell.EnsureMigratedAsync(services, cancellationToken);
                    if (!await services.GetRequiredService<FeatureGate>().IsEnabledAsync(typeof(ScheduledPublisher), cancellationToken))
                    {
                        return null;
                    }

                    return await services.GetRequiredService<ScheduledPublisher>().RunAsync(cancellationToken);
                },
                touch: false);
            if (next is { } utc)
            {
                signal.Due(name, utc);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            PublishScheduleLog.TenantFailed(logger, e, name);
            signal.Due(name, clock.UtcNow() + TimeSpan.FromMinutes(1));
        }
    }
}
