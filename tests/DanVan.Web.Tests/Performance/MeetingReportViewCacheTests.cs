using System.Net;
using System.Text.Json.Nodes;
using DanVan.Orchard.Contents;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using static DanVan.Web.Tests.Performance.HostTenantScopes;

namespace DanVan.Web.Tests.Performance;

/// <summary>
/// A meeting report's page model is kept like an article's (per tenant and content generation): rendered again with
/// no query, and an edit or an unpublish shows on the very next render with the page cache off.
/// </summary>
public sealed class MeetingReportViewCacheTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private static readonly ContentActor Editor = new(null, "test");

    [Fact]
    public async Task A_kept_report_is_rendered_without_a_query_and_an_edit_or_unpublish_shows_at_once()
    {
        using var off = site.WithWebHostBuilder(b => b.UseSetting("DanVan:OutputCache:Enabled", "false"));
        var client = off.CreateClient();
        var report = Report("Hội nghị sơ kết dân vận khéo", "so-ket-dan-van-kheo");
        await InTenantAsync(off, "HoaAn", s => s.GetRequiredService<IContentManager>().ImportAsync(report, CancellationToken.None));
        Assert.Contains("Hội nghị sơ kết dân vận khéo", await client.GetStringAsync("/hoa-an/hoi-nghi/so-ket-dan-van-kheo"));

        using (var commands = new DatabaseCommandCounter(site.AppData, "\"Path\" = "))
        {
            Assert.Contains("Hội nghị sơ kết dân vận khéo", await client.GetStringAsync("/hoa-an/hoi-nghi/so-ket-dan-van-kheo"));
            Assert.Equal(0, commands.Count);
        }

        await InTenantAsync(off, "HoaAn", async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var latest = (await contents.GetLatestVersionAsync(report.ContentItemId, CancellationToken.None))!;
            latest.Item.Content["TitlePart"] = new JsonObject { ["Title"] = "Hội nghị sơ kết dân vận khéo (đã sửa)" };
            await contents.SaveAsync(latest.Item, publish: true, latest.ConcurrencyStamp, Editor, CancellationToken.None);
        });
        Assert.Contains("Hội nghị sơ kết dân vận khéo (đã sửa)", await client.GetStringAsync("/hoa-an/hoi-nghi/so-ket-dan-van-kheo"));

        await InTenantAsync(off, "HoaAn", s => s.GetRequiredService<IContentManager>().UnpublishAsync(report.ContentItemId, Editor, CancellationToken.None));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/hoa-an/hoi-nghi/so-ket-dan-van-kheo")).StatusCode);
    }

    private static ContentItem Report(string title, string slug) =>
        Published("MeetingReport", title, "hoi-nghi/" + slug, new JsonObject
        {
            ["MeetingReport"] = new JsonObject { ["Location"] = new JsonObject { ["Text"] = "Hội trường huyện" } },
        });
}
