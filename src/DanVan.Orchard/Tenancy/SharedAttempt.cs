namespace DanVan.Orchard.Tenancy;

/// <summary>
/// Work done once (a shell's migrations), however many callers ask at once: they all wait on one attempt and all get
/// its outcome, so a slow attempt (a lock wait) costs each caller one wait, not one per caller queued before it. A
/// failed attempt is tried again by the next caller; one that succeeded is never run again until <see cref="Reset"/>.
/// </summary>
internal sealed class SharedAttempt
{
    private readonly Lock _gate = new();
    private Task? _running;
    private volatile bool _done;

    public bool IsDone => _done;

    public void MarkDone() => _done = true;

    /// <summary>The work is to be done again (the database came back from a restore).</summary>
    public void Reset() => _done = false;

    public async Task RunAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        while (!_done)
        {
            Task attempt;
            var mine = false;
            lock (_gate)
            {
                if (_done)
                {
                    return;
                }

                if (_running is null)
                {
                    _running = RunOnceAsync(work, cancellationToken);
                    mine = true;
                }

                attempt = _running;
            }

            if (mine)
            {
                // Runs with this caller's token (and, for migrations, its request's services): it ends when this caller stops.
                await attempt;
                return;
            }

            try
            {
                await attempt.WaitAsync(cancellationToken);
                return;
            }
            catch (OperationCanceledException) when (attempt.IsCanceled && !cancellationToken.IsCancellationRequested)
            {
                // The caller that started the attempt went away (its token cancelled it): start one with ours.
            }
        }
    }

    private async Task RunOnceAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        // Never runs under the gate, so the attempt is published before it can end.
        await Task.Yield();
        try
        {
            await work(cancellationToken);
            _done = true;
        }
        finally
        {
            lock (_gate)
            {
                _running = null;
            }
        }
    }
}
