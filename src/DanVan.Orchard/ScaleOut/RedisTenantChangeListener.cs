using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace DanVan.Orchard.ScaleOut;

/// <summary>
/// Follows the other nodes' tenant changes: a store change reloads the tenants (a shell whose settings changed is
/// released), a content change drops that tenant's cached documents and pages here. After Redis was unreachable,
/// everything that may have been missed is reloaded and dropped.
/// </summary>
public sealed class RedisTenantChangeListener(RedisConnection redis, TenantRegistry registry, NodeIdentity node, ILogger<RedisTenantChangeListener> logger)
    : IHostedService
{
    private volatile ChannelMessageQueue? _queue;
    private Task _processing = Task.CompletedTask;
    private readonly CancellationTokenSource _stopping = new();

    private readonly TaskCompletionSource _subscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        redis.Restored += OnRestored;
        _processing = RunAsync(_stopping.Token);

        // A node starting with Redis up follows the channel before it serves anything; with Redis down it starts anyway.
        await Task.WhenAny(_subscribed.Task, Task.Delay(TimeSpan.FromSeconds(5), cancellationToken));
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var missed = false;
        while (_queue is null)
        {
            try
            {
                var multiplexer = await redis.GetAsync();

                // A queue, not a handler: messages are applied one at a time and in the order they were sent.
                _queue = await multiplexer.GetSubscriber().SubscribeAsync(redis.Channel(TenantChangeMessage.Channel));
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                if (!missed)
                {
                    ScaleOutLog.ConnectionLost(logger, e, "Subscribe", "?");
                }

                missed = true;
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                if (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
            }
        }

        _subscribed.TrySetResult();
        if (missed)
        {
            await CatchUpAsync();
        }

        await ProcessAsync(_queue, stoppingToken);
    }

    private async Task ProcessAsync(ChannelMessageQueue queue, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            ChannelMessage received;
            try
            {
                received = await queue.ReadAsync(stoppingToken);
            }
            catch (Exception e) when (e is OperationCanceledException or System.Threading.Channels.ChannelClosedException)
            {
                return;
            }

            if (TenantChangeMessage.TryParse(received.Message) is not { } message || message.Node == node.Id)
            {
                continue;
            }

            try
            {
                ScaleOutLog.ChangeReceived(logger, message.Tenant, message.Kind);
                await registry.ApplyChangeFromOtherNodeAsync(new TenantChange(message.Tenant, message.Kind), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                ScaleOutLog.ApplyFailed(logger, e, message.Tenant, message.Kind);
            }
        }
    }

    private void OnRestored() => _ = CatchUpAsync();

    private async Task CatchUpAsync()
    {
        try
        {
            await registry.ApplyMissedChangesAsync(_stopping.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            ScaleOutLog.ApplyFailed(logger, e, "*", TenantChangeKind.Changed);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        redis.Restored -= OnRestored;
        await _stopping.CancelAsync();
        if (_queue is not null)
        {
            try
            {
                await _queue.UnsubscribeAsync();
            }
            catch (StackExchange.Redis.RedisException)
            {
                // Redis went first (stopped, unreachable): the subscription ended with the connection; the node stops all the same.
            }
        }

        await _processing.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }
}
