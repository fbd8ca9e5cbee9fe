using System.Net;
using DanVan.Orchard.Tenancy;
using DanVan.Search.Indexing;
using static DanVan.Web.Tests.Search.SearchTestSupport;

namespace DanVan.Web.Tests.Search;

/// <summary>
/// Removing a district whose index another process holds (the CLI's rebuild) is refused before anything is deleted:
/// the district keeps its database and comes back whole when enabled again; once the index is let go, removal works.
/// </summary>
public sealed class SearchTenantRemovalTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    [Fact]
    public async Task A_removal_refused_by_a_held_index_deletes_nothing_and_succeeds_once_it_is_let_go()
    {
        await site.CreateAndSetupAsync("GiuChiMuc", "giu-chi-muc", "Ban Dân vận Huyện ủy Giữ Chỉ Mục", "district-board", "sample-content");
        Assert.True(Count(await ReadyPageAsync(site.CreateClient(), "/giu-chi-muc/tim-kiem?q=dan+van")) > 0);
        var tenants = site.Get<TenantManager>();
        await tenants.DisableAsync("GiuChiMuc", CancellationToken.None);
        var path = site.Get<SearchIndexes>().PathOf("GiuChiMuc");

        // Closed by the disable (its shell released): held now by "another process".
        await site.Get<SearchIndexes>().CloseAsync("GiuChiMuc");
        using (TenantSearchIndex.AcquireProcessLock(path))
        {
            var refused = await Assert.ThrowsAsync<TenantValidationException>(() => tenants.RemoveAsync("GiuChiMuc", CancellationToken.None));
            Assert.Contains("Chỉ mục tìm kiếm", refused.Message);
        }

        Assert.NotNull(await tenants.FindAsync("GiuChiMuc", CancellationToken.None));
        Assert.True(Directory.Exists(path));
        await tenants.EnableAsync("GiuChiMuc", CancellationToken.None);
        var home = await site.CreateClient().GetAsync("/giu-chi-muc/" + ProvisionedSiteFixture.SampleArticlePath);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);

        await tenants.DisableAsync("GiuChiMuc", CancellationToken.None);
        await tenants.RemoveAsync("GiuChiMuc", CancellationToken.None);
        Assert.Null(await tenants.FindAsync("GiuChiMuc", CancellationToken.None));
        Assert.False(Directory.Exists(path));
        Assert.False(File.Exists(TenantSearchIndex.ProcessLockPath(path)));
    }
}
