using DanVan.Orchard.Data;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests;

/// <summary>
/// A tenant database marked as having gone through this version's migrations and upgrades is not checked again when a
/// shell opens (the cold start's largest cost); one marked by another version, or not at all, is.
/// </summary>
public sealed class TenantMigrationMarkTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    [Fact]
    public async Task A_current_mark_skips_the_upgrades_and_a_stale_one_runs_them()
    {
        await site.Client("/tra-linh").GetAsync("/");
        string? mark = null;
        await site.InTenantAsync("TraLinh", async services =>
        {
            var db = services.GetRequiredService<TenantDbContext>();
            mark = db.Documents.Single(d => d.Id == TenantMigrator.MarkDocumentId).Data;
            Assert.Equal(services.GetRequiredService<TenantMigrator>().GetMarkKey(), mark);
            await WithoutEmailAsync(services);
        });

        // Marked current: the e-mail upgrade does not run again, the feature stays as stored.
        Assert.False(await EmailEnabledAfterRestartAsync());

        await site.InTenantAsync("TraLinh", services =>
            services.GetRequiredService<IDocumentStore>().SaveAsync(TenantMigrator.MarkDocumentId, new Dictionary<string, string>(), CancellationToken.None));

        // Marked by another version: everything is checked and the upgrade gives the feature back.
        Assert.True(await EmailEnabledAfterRestartAsync());
        await site.InTenantAsync("TraLinh", services =>
        {
            Assert.Equal(mark, services.GetRequiredService<TenantDbContext>().Documents.Single(d => d.Id == TenantMigrator.MarkDocumentId).Data);
            return Task.CompletedTask;
        });
    }

    private static async Task WithoutEmailAsync(IServiceProvider services)
    {
        var features = services.GetRequiredService<FeatureManager>();
        var kept = (await features.GetEnabledAsync(CancellationToken.None)).Where(f => f != FeatureIds.Email).ToList();
        await services.GetRequiredService<IDocumentStore>().SaveAsync(ShellDescriptor.DocumentId, new ShellDescriptor { Features = kept }, CancellationToken.None);
    }

    private async Task<bool> EmailEnabledAfterRestartAsync()
    {
        site.Get<TenantRegistry>().Release("TraLinh");
        await site.Client("/tra-linh").GetAsync("/");
        var enabled = false;
        await site.InTenantAsync("TraLinh", async services =>
            enabled = await services.GetRequiredService<FeatureManager>().IsEnabledAsync(FeatureIds.Email, CancellationToken.None));
        return enabled;
    }
}
