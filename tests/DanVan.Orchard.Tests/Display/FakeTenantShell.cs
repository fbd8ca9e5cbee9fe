using DanVan.Orchard.Tenancy;

namespace DanVan.Orchard.Tests.Display;

/// <summary>A running tenant's shell for the display caches' tests: a generation to move on, a release to signal.</summary>
internal sealed class FakeTenantShell(string name) : ITenantShell
{
    private readonly CancellationTokenSource _released = new();
    private long _generation = 1;

    public TenantSettings Settings { get; } = new() { Name = name, State = TenantState.Running };

    public TenantCache Cache { get; } = new();

    public CancellationToken Released => _released.Token;

    public long ContentGeneration => Interlocked.Read(ref _generation);

    public long AnyContentGeneration => ContentGeneration;

    public void SignalChanged() => Interlocked.Increment(ref _generation);

    public void Release() => _released.Cancel();

    public ValueTask<bool> EnsureDatabaseAvailableAsync(CancellationToken cancellationToken) => ValueTask.FromResult(true);

    public Task EnsureMigratedAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}
