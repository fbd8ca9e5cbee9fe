using DanVan.Orchard.Modules;
using DanVan.Orchard.Tests.Data;

namespace DanVan.Orchard.Tests.Modules;

/// <summary>FeatureManager on a tenant database in memory: what enabling and disabling actually store.</summary>
public sealed class FeatureManagerTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private InMemoryTenant _tenant = null!;

    private static FeatureDescriptor Feature(string id, string[]? dependencies = null, bool alwaysEnabled = false, bool defaultTenantOnly = false) =>
        new(id, id, string.Empty, string.Empty, dependencies ?? [], "Test", defaultTenantOnly, alwaysEnabled);

    private static readonly FeatureDescriptor[] Catalog =
    [
        Feature("Settings"),
        Feature("Admin", ["Settings"], alwaysEnabled: true),
        Feature("Contents", ["Admin"]),
        Feature("Articles", ["Contents"]),
        Feature("Search", ["Articles"]),
        Feature("AuditTrail", ["Contents"]),
        Feature("Tenants", defaultTenantOnly: true),
    ];

    private FeatureManager Features => _tenant.Get<FeatureManager>();

    public async Task InitializeAsync() => _tenant = await InMemoryTenant.CreateAsync(Catalog);

    public Task DisposeAsync() => _tenant.DisposeAsync().AsTask();

    [Fact]
    public async Task Enabling_a_feature_enables_its_dependencies_and_reports_only_what_was_off()
    {
        await Features.EnableAsync(["Admin"], None);

        var added = await Features.EnableAsync(["Search"], None);

        Assert.Equal(["Articles", "Contents", "Search"], added.Order());
        Assert.Equal(["Admin", "Articles", "Contents", "Search", "Settings"], (await Features.GetEnabledAsync(None)).Order());
    }

    [Fact]
    public async Task Disabling_a_feature_disables_its_enabled_dependents_and_nothing_else()
    {
        await Features.EnableAsync(["Articles", "AuditTrail"], None);

        var removed = await Features.DisableAsync(["Articles"], None);

        Assert.Equal(["Articles"], removed.Order());
        removed = await Features.DisableAsync(["Contents"], None);
        Assert.Equal(["AuditTrail", "Contents"], removed.Order());
        Assert.Equal(["Admin", "Settings"], (await Features.GetEnabledAsync(None)).Order());
    }

    [Fact]
    public async Task An_always_enabled_feature_is_refused_directly_or_as_a_dependency_and_nothing_changes()
    {
        await Features.EnableAsync(["Articles"], None);

        var direct = await Assert.ThrowsAsync<InvalidOperationException>(() => Features.DisableAsync(["Admin"], None));
        var throughDependency = await Assert.ThrowsAsync<InvalidOperationException>(() => Features.DisableAsync(["Settings", "Articles"], None));

        Assert.Contains("'Admin' is always enabled", direct.Message);
        Assert.Contains("'Admin' is always enabled", throughDependency.Message);
        Assert.Equal(["Admin", "Articles", "Contents", "Settings"], (await Features.GetEnabledAsync(None)).Order());
    }

    [Fact]
    public async Task An_unknown_feature_id_is_refused_when_enabling_and_disabling()
    {
        var enabling = await Assert.ThrowsAsync<UnknownFeatureException>(() => Features.EnableAsync(["Contents", "NoSuchFeature"], None));
        await Assert.ThrowsAsync<UnknownFeatureException>(() => Features.DisableAsync(["NoSuchFeature"], None));

        Assert.Contains("NoSuchFeature", enabling.Message);
        Assert.Empty(await Features.GetEnabledAsync(None));
    }

    [Fact]
    public async Task A_portal_only_feature_is_refused_in_a_district_tenant()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Features.EnableAsync(["Tenants"], None));

        Assert.Contains("'Tenants'", error.Message);
        Assert.False(await Features.IsEnabledAsync("Tenants", None));
    }
}
