using Microsoft.Extensions.Logging;

namespace DanVan.Orchard.Tenancy;

/// <summary>
/// Renews a setup's <see cref="SetupLease"/> every few seconds while the setup runs, so other processes know it is
/// alive; a killed process stops renewing, and its setup is seen as interrupted within <see cref="SetupLease.ExpiresAfter"/>
/// (at once on the same machine, where the dead process id tells).
/// </summary>
public sealed class SetupHeartbeat : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;
    private int _disposed;

    private SetupHeartbeat()
    {
    }

    public static SetupHeartbeat Start(TenantManager tenants, string tenantName, string token, ILogger logger)
    {
        var heartbeat = new SetupHeartbeat();
        heartbeat._loop = heartbeat.RunAsync(tenants, tenantName, token, logger);
        return heartbeat;
    }

    private async Task RunAsync(TenantManager tenants, string tenantName, string token, ILogger logger)
    {
        using var timer = new PeriodicTimer(SetupLease.RenewEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                try
                {
                    if (!await tenants.RenewSetupLeaseAsync(tenantName, token, _stop.Token))
                    {
                        return;
                    }
                }
                catch (Exception e) when (e is IOException or TenantStoreException)
                {
                    // A missed renewal is not fatal: the lease allows for a few; the next tick tries again.
                    TenancyLog.LeaseRenewalFailed(logger, tenantName, e.Message);
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
    }

    /// <summary>Stops renewing; safe to call more than once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
