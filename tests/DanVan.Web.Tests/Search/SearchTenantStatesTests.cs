using System.Runtime.CompilerServices;
using DanVan.Orchard.Tenancy;
using DanVan.Search.Querying;

namespace DanVan.Web.Tests.Search;

/// <summary>
/// What the portal remembers of each district's search (<see cref="SearchTenantStates"/>) holds while the district's
/// settings and shell are the ones it was checked under, and never keeps a rebuilt district's old shell alive.
/// </summary>
public sealed class SearchTenantStatesTests
{
    [Fact]
    public void An_answer_holds_for_the_same_settings_shell_and_generation_only()
    {
        var states = new SearchTenantStates();
        var tenant = new TenantSettings { Name = "HoaAn", State = TenantState.Running };
        var shell = new FakeShell(tenant);
        states.Remember(tenant, shell, searchOn: false);

        Assert.False(states.Find(tenant, shell));
        Assert.True(states.WasOff(tenant));
        Assert.Null(states.Find(tenant, new FakeShell(tenant)));
        Assert.Null(states.Find(tenant with { DisplayName = "Hòa An" }, shell));
        Assert.False(states.WasOff(tenant with { DisplayName = "Hòa An" }));

        shell.ContentGeneration++;
        Assert.Null(states.Find(tenant, shell));

        states.Forget("hoaan");
        Assert.False(states.WasOff(tenant));
        Assert.Equal(0, states.Count);
    }

    [Fact]
    public void A_remembered_shell_is_not_kept_alive_once_rebuilt()
    {
        var states = new SearchTenantStates();
        var tenant = new TenantSettings { Name = "TraLinh", State = TenantState.Running };
        var old = RememberWithShell(states, tenant);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(old.TryGetTarget(out _), "the remembered answer kept the old shell alive");
        Assert.Null(states.Find(tenant, new FakeShell(tenant)));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference<ITenantShell> RememberWithShell(SearchTenantStates states, TenantSettings tenant)
    {
        var shell = new FakeShell(tenant);
        states.Remember(tenant, shell, searchOn: true);
        Assert.True(states.Find(tenant, shell));
        return new WeakReference<ITenantShell>(shell);
    }

    private sealed class FakeShell(TenantSettings settings) : ITenantShell
    {
        public TenantSettings Settings => settings;

        public TenantCache Cache => throw new NotSupportedException();

        public CancellationToken Released => CancellationToken.None;

        public long ContentGeneration { get; set; }

        public long AnyContentGeneration => ContentGeneration;

        public void SignalChanged() => ContentGeneration++;

        public ValueTask<bool> EnsureDatabaseAvailableAsync(CancellationToken cancellationToken) => ValueTask.FromResult(true);

        public Task EnsureMigratedAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
