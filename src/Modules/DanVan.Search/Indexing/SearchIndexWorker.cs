using DanVan.Orchard.Modules;
using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DanVan.Search.Indexing;

/// <summary>
/// Applies index tasks in the background: at once when this process changes content (a signal after the commit),
/// every <see cref="SearchOptions.PollInterval"/> for the open indexes (changes made by the CLI or another node), and
/// on start for every running tenant whose index is behind its tasks (a crash, a <c>kill -9</c> mid-flood). Polling
/// does not count as use: an idle tenant's index is still closed.
/// </summary>
public sealed class SearchIndexWorker(
    ITenantRegistry registry,
    TenantScopes scopes,
    SearchIndexes indexes,
    SearchSignals signals,
    Querying.SearchTenantStates states,
    Admin.SearchHealth health,
    IOptions<SearchOptions> options,
    ILogger<SearchIndexWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _ = Task.Run(() => PollAsync(stoppingToken), stoppingToken);
        await foreach (var name in signals.ReadAllAsync(stoppingToken))
        {
            await ProcessAsync(name, stoppingToken);
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!registry.HasLoaded)
            {
                await Task.Delay(100, stoppingToken);
            }

            await SweepAsync(stoppingToken);
            using var timer = new PeriodicTimer(options.Value.PollInterval);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                foreach (var name in indexes.OpenTenants)
                {
                    signals.Notify(name);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Queues the running tenants whose index on disk is behind their tasks, without opening any other.</summary>
    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        foreach (var tenant in registry.All.Where(t => t.State == TenantState.Running))
        {
            try
            {
                var checkpoint = TenantSearchIndex.ReadCheckpoint(indexes.PathOf(tenant.Name));
                if (checkpoint is null || !await registry.GetShell(tenant, touch: false).EnsureDatabaseAvailableAsync(stoppingToken))
                {
                    // No index yet: built on first use, not for every tenant at once on start.
                    continue;
                }

                var behind = await scopes.RunAsync(tenant, async services =>
                    await services.GetRequiredService<FeatureGate>().IsEnabledAsync(typeof(SearchIndexer), stoppingToken) &&
                    await services.GetRequiredService<SearchIndexer>().LastTaskIdAsync(stoppingToken) > checkpoint, touch: false);
                if (!behind)
                {
                    health.SawPending(tenant.Name, 0);
                }
                else
                {
                    SearchLog.CatchingUp(logger, tenant.Name);
                    signals.Notify(tenant.Name);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                SearchLog.StartCheckFailed(logger, e, tenant.Name);
            }
        }
    }

    private async Task ProcessAsync(string name, CancellationToken stoppingToken)
    {
        if (registry.Find(name) is not { State: TenantState.Running } tenant)
        {
            return;
        }

        try
        {
            var shell = registry.GetShell(tenant, touch: false);
            if (!await shell.EnsureDatabaseAvailableAsync(stoppingToken))
            {
                return;
            }

            await scopes.RunAsync(tenant, async services =>
            {
                var searchOn = await services.GetRequiredService<FeatureGate>().IsEnabledAsync(typeof(SearchIndexer), stoppingToken);
                states.Remember(tenant, shell, searchOn);
                if (!searchOn)
                {
                    return 0;
                }

                var indexer = services.GetRequiredService<SearchIndexer>();
                var index = await indexes.GetAsync(shell, stoppingToken);
                var pending = await indexer.CountPendingAsync(index.Checkpoint, stoppingToken);
                health.SawPending(name, pending);
                // Gaps below the checkpoint (a writer on PostgreSQL not yet committed) are looked at again on every poll.
                if (!index.NeedsRebuild && pending == 0 && index.Unsettled.IsEmpty)
                {
                    index.CatchingUp = false;
                    return 0;
                }

                index.CatchingUp |= pending > 0;
                var applied = await indexer.CatchUpAsync(index, stoppingToken);
                health.SawPending(name, 0);
                await indexer.PruneAsync(index.SettledThrough, DateTime.UtcNow - options.Value.TaskRetention, stoppingToken);
                health.Succeeded(name);
                return applied;
            }, touch: false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The tasks stay in the database; the next signal or poll tries again.
            SearchLog.UpdateFailed(logger, e, name);
            health.Failed(name, e.Message);
        }
    }
}
