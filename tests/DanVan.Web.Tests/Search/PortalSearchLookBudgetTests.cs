using DanVan.Orchard.Modules;
using DanVan.Orchard.Tenancy;
using DanVan.Search;
using DanVan.Search.Indexing;
using Microsoft.Extensions.Options;
using static DanVan.Web.Tests.Search.SearchTestSupport;

namespace DanVan.Web.Tests.Search;

/// <summary>The portal's anonymous query looks at no closed district beyond its budget: no shell, database nor features.</summary>
public sealed class PortalSearchLookBudgetTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    [Fact]
    public async Task With_the_looks_used_up_a_closed_district_is_counted_as_updating_and_nothing_of_it_is_read()
    {
        var client = site.CreateClient();
        Assert.True(Count(await ReadyPageAsync(client, "/hoa-an/tim-kiem?q=dan+van")) > 0);

        var options = site.Get<IOptions<SearchOptions>>().Value;
        var looks = options.PortalOpensPerRequest;
        options.PortalOpensPerRequest = 0;
        try
        {
            site.Get<TenantRegistry>().Release("HoaAn");
            await site.Get<SearchIndexes>().CloseAsync("HoaAn");

            var html = await client.GetStringAsync("/tim-kiem?q=dan+van&huyen=HoaAn");
            Assert.Contains("data-search-updating=\"1\"", html);
            Assert.Empty(HitIds(html));

            // A shell made after the request (the request made none) has not read the district's features.
            var registry = site.Get<ITenantRegistry>();
            var shell = registry.GetShell(registry.Find("HoaAn")!, touch: false);
            var unread = new object();
            var cached = await shell.Cache.GetOrAddAsync<object>(ShellDescriptor.DocumentId, () => Task.FromResult(unread));
            shell.Cache.Remove(ShellDescriptor.DocumentId);
            Assert.Same(unread, cached);
        }
        finally
        {
            options.PortalOpensPerRequest = looks;
        }

        // With looks again, the district is opened from disk and found; said to be updating only until the worker has
        // checked it is level with its tasks.
        var found = await Eventually.ReturnsAsync(() => client.GetStringAsync("/tim-kiem?q=dan+van&huyen=HoaAn"), h => HitIds(h).Count > 0);
        Assert.NotEmpty(HitIds(await ReadyPageAsync(client, "/tim-kiem?q=dan+van&huyen=HoaAn")));
    }
}
