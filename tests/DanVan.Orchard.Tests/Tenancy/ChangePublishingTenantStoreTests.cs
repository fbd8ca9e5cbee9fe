using DanVan.Orchard.Tenancy;

namespace DanVan.Orchard.Tests.Tenancy;

/// <summary>Every write to the tenant store tells the other nodes which tenants changed and how, and a refused write tells nothing.</summary>
public sealed class ChangePublishingTenantStoreTests
{
    private static readonly TenantSettings Portal = new() { Name = "Default", State = TenantState.Running };
    private static readonly TenantSettings HoaAn = new() { Name = "HoaAn", RequestUrlPrefix = "hoa-an", State = TenantState.Running };
    private static readonly TenantSettings TraLinh = new() { Name = "TraLinh", RequestUrlPrefix = "tra-linh" };

    [Fact]
    public async Task A_write_publishes_each_tenant_it_created_changed_or_removed_and_no_other()
    {
        var bus = new RecordingBus();
        var store = new ChangePublishingTenantStore(new TenantFixtures.MemoryTenantStore([Portal, HoaAn, TraLinh]), bus);

        await store.UpdateAsync(tenants =>
        {
            tenants[1] = tenants[1] with { State = TenantState.Disabled };
            tenants.RemoveAt(2);
            tenants.Add(new TenantSettings { Name = "BaoLac", RequestUrlPrefix = "bao-lac" });
            return true;
        }, CancellationToken.None);

        Assert.Equal(
            [new TenantChange("HoaAn", TenantChangeKind.Changed), new TenantChange("BaoLac", TenantChangeKind.Created), new TenantChange("TraLinh", TenantChangeKind.Removed)],
            bus.Published);
    }

    [Fact]
    public async Task A_write_that_changes_nothing_or_is_refused_publishes_nothing()
    {
        var bus = new RecordingBus();
        var store = new ChangePublishingTenantStore(new TenantFixtures.MemoryTenantStore([Portal, HoaAn]), bus);

        await store.UpdateAsync(tenants => tenants.Count, CancellationToken.None);
        await Assert.ThrowsAsync<TenantValidationException>(() => store.UpdateAsync<bool>(tenants =>
        {
            tenants.Clear();
            throw new TenantValidationException(TenantError.NotFound("HoaAn"));
        }, CancellationToken.None));

        Assert.Empty(bus.Published);
    }

    [Fact]
    public void A_setup_lease_renewal_is_no_change_but_a_new_lease_or_a_state_change_is()
    {
        var lease = SetupLease.ForThisProcess(DateTime.UtcNow);
        var initializing = HoaAn with { State = TenantState.Initializing, SetupLease = lease };
        var renewed = initializing with { SetupLease = lease with { HeartbeatUtc = lease.HeartbeatUtc.AddSeconds(5) } };

        Assert.Empty(TenantChange.Between([initializing], [renewed]));
        Assert.Single(TenantChange.Between([initializing], [initializing with { SetupLease = lease with { Token = "another-attempt" } }]));
        Assert.Single(TenantChange.Between([renewed], [renewed with { State = TenantState.Running, SetupLease = null }]));
    }

    [Fact]
    public void Names_are_compared_ignoring_case_as_everywhere_else()
    {
        Assert.Equal([new TenantChange("hoaan", TenantChangeKind.Changed)], TenantChange.Between([HoaAn], [HoaAn with { Name = "hoaan" }]));
    }

    private sealed class RecordingBus : ITenantChangeBus
    {
        public List<TenantChange> Published { get; } = [];

        public void Publish(TenantChange change) => Published.Add(change);
    }
}
