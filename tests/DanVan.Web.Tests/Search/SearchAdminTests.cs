using System.Net;
using DanVan.Orchard.Data;
using DanVan.Orchard.Tenancy;
using DanVan.Search;
using DanVan.Search.Admin;
using DanVan.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;
using static DanVan.Web.Tests.Search.SearchTestSupport;

namespace DanVan.Web.Tests.Search;

/// <summary>The admin side of search: the content list's text filter through the index, the status and settings page, the dashboard's alert.</summary>
public sealed class SearchAdminTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private async Task<TenantClient> AdminAsync(string prefix)
    {
        var client = site.Client(prefix);
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword)).StatusCode);
        return client;
    }

    [Fact]
    public async Task The_content_list_text_filter_finds_published_items_by_their_body_without_diacritics_and_drafts_by_title()
    {
        var published = await SaveAsync(site, "HoaAn", Article("Tin về hội thi khéo tay", "Tóm tắt.", "Nội dung có từ chỉ trong thân bài: xóm Nà Rụa."));
        await SaveAsync(site, "HoaAn", Article("Bản thảo banthaotieude", "Tóm tắt.", "Nội dung."), publish: false);
        await Eventually.ReturnsAsync(() => site.CreateClient().GetStringAsync("/hoa-an/tim-kiem?q=na+rua"), h => HitIds(h).Contains(published));

        var admin = await AdminAsync("/hoa-an");
        Assert.Contains("Tin về hội thi khéo tay", await admin.GetStringAsync("/admin/contents?q=na+rua"));
        Assert.Contains("Bản thảo banthaotieude", await admin.GetStringAsync("/admin/contents?q=banthaotieude"));
        Assert.DoesNotContain("Tin về hội thi khéo tay", await admin.GetStringAsync("/admin/contents?q=banthaotieude"));
    }

    [Fact]
    public async Task The_status_page_shows_the_index_and_its_rebuild_button_rebuilds_it()
    {
        Assert.True(Count(await ReadyPageAsync(site.CreateClient(), "/tra-linh/tim-kiem?q=dan+van")) > 0);
        var admin = await AdminAsync("/tra-linh");
        var page = await admin.GetStringAsync("/admin/search");
        Assert.Matches("data-search-documents=\"[1-9][0-9]*\"", page);
        Assert.Contains("Xây lại chỉ mục", page);

        var checkpoint = site.Get<SearchIndexes>().Find("TraLinh")!.Checkpoint;
        var rebuild = await admin.PostFormAsync("/admin/search", "/admin/search/rebuild", []);
        Assert.Equal(HttpStatusCode.Redirect, rebuild.StatusCode);
        await Eventually.ReturnsAsync(() => Task.FromResult(site.Get<SearchIndexes>().Find("TraLinh")?.Checkpoint ?? 0), c => c > checkpoint);
        Assert.True(Count(await ReadyPageAsync(site.CreateClient(), "/tra-linh/tim-kiem?q=dan+van")) > 0);
    }

    [Fact]
    public async Task The_settings_are_saved_and_bad_weights_are_refused_with_a_message()
    {
        var admin = await AdminAsync("/tra-linh");
        var bad = await admin.PostFormAsync("/admin/search", "/admin/search",
            [new("Types", "Article"), new("TitleBoost", "abc"), new("LeadBoost", "2"), new("BodyBoost", "1")]);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Trọng số “Tiêu đề”", await bad.Content.ReadAsStringAsync());

        var saved = await admin.PostFormAsync("/admin/search", "/admin/search",
            [new("Types", "Article"), new("Types", "MeetingReport"), new("TitleBoost", "7,5"), new("LeadBoost", "3"), new("BodyBoost", "1")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await site.InTenantAsync("TraLinh", async services =>
        {
            var settings = await services.GetRequiredService<IDocumentStore>().GetAsync<SearchSettings>(SearchSettings.DocumentId, CancellationToken.None);
            Assert.Equal(7.5f, settings.TitleBoost);
            Assert.Equal(3f, settings.LeadBoost);
        });
    }

    [Fact]
    public async Task The_provincial_dashboard_names_a_district_whose_index_cannot_be_updated()
    {
        site.Get<SearchHealth>().Failed("HoaAn", "ổ đĩa đầy");
        try
        {
            var admin = await AdminAsync("");
            var dashboard = await admin.GetStringAsync("/admin/tenants/dashboard");
            Assert.Contains("Chỉ mục tìm kiếm không cập nhật được: ổ đĩa đầy", dashboard);
        }
        finally
        {
            site.Get<SearchHealth>().Succeeded("HoaAn");
        }
    }
}
