using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DanVan.Orchard.Contents;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using static DanVan.Web.Tests.Performance.HostTenantScopes;

namespace DanVan.Web.Tests.Performance;

/// <summary>
/// What an article page derives from its kept model alone is made once and kept with it, with the page cache off: the
/// related articles' cards (per article), the body with its <c>~/</c> links resolved (per tenant prefix), the tags'
/// slugs; an edit shows on the next render, and each article shows its own.
/// </summary>
public sealed partial class ArticleFragmentsCacheTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private static readonly ContentActor Editor = new(null, "test");

    [Fact]
    public async Task Each_article_shows_its_own_related_articles()
    {
        using var off = PageCacheOff();
        var client = off.CreateClient();
        await InTenantAsync(off, "TraLinh", async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            await contents.ImportAsync(Article("Bài liên quan thứ nhất", "lien-quan-1", "Chuyên mục liên quan của phép thử", "<p>Một.</p>"), CancellationToken.None);
            await contents.ImportAsync(Article("Bài liên quan thứ hai", "lien-quan-2", "Chuyên mục liên quan của phép thử", "<p>Hai.</p>"), CancellationToken.None);
        });

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(["Bài liên quan thứ hai"], RelatedTitles(await client.GetStringAsync("/tra-linh/tin-tuc/lien-quan-1")));
            Assert.Equal(["Bài liên quan thứ nhất"], RelatedTitles(await client.GetStringAsync("/tra-linh/tin-tuc/lien-quan-2")));
        }
    }

    [Fact]
    public async Task The_body_s_links_are_resolved_for_the_tenant_and_an_edited_body_and_tags_show_on_the_next_render()
    {
        using var off = PageCacheOff();
        var client = off.CreateClient();
        var article = Article("Bài có ảnh", "bai-co-anh", "Hoạt động", "<p><img src=\"~/media/anh-1.jpg\" alt=\"\" /></p>");
        article.Content["Article"]!["Tags"] = new JsonObject { ["TagNames"] = new JsonArray("Dân vận khéo") };
        await InTenantAsync(off, "HoaAn", s => s.GetRequiredService<IContentManager>().ImportAsync(article, CancellationToken.None));

        for (var i = 0; i < 2; i++)
        {
            var page = await client.GetStringAsync("/hoa-an/tin-tuc/bai-co-anh");
            Assert.Contains("<img src=\"/hoa-an/media/anh-1.jpg\"", page);
            Assert.Contains("<a href=\"/hoa-an/tu-khoa/dan-van-kheo\" rel=\"tag\">Dân vận khéo</a>", page);
        }

        await InTenantAsync(off, "HoaAn", async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var latest = (await contents.GetLatestVersionAsync(article.ContentItemId, CancellationToken.None))!;
            latest.Item.Content["HtmlBodyPart"] = new JsonObject { ["Html"] = "<p><a href=\"~/media/bien-ban.pdf\">Biên bản</a></p>" };
            latest.Item.Content["Article"]!["Tags"] = new JsonObject { ["TagNames"] = new JsonArray("Hội nghị") };
            await contents.SaveAsync(latest.Item, publish: true, latest.ConcurrencyStamp, Editor, CancellationToken.None);
        });

        var edited = await client.GetStringAsync("/hoa-an/tin-tuc/bai-co-anh");
        Assert.Contains("<a href=\"/hoa-an/media/bien-ban.pdf\">Biên bản</a>", edited);
        Assert.DoesNotContain("anh-1.jpg", edited);
        Assert.Contains("<a href=\"/hoa-an/tu-khoa/hoi-nghi\" rel=\"tag\">Hội nghị</a>", edited);
        Assert.DoesNotContain("tu-khoa/dan-van-kheo", edited);
    }

    private WebApplicationFactory<Program> PageCacheOff() =>
        site.WithWebHostBuilder(b => b.UseSetting("DanVan:OutputCache:Enabled", "false"));

    private static List<string> RelatedTitles(string html)
    {
        var start = html.IndexOf("id=\"related-heading\"", StringComparison.Ordinal);
        var aside = html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
        return [.. CardTitle().Matches(aside).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex("<h3 class=\"card__title\"><a href=\"[^\"]*\">([^<]*)</a></h3>")]
    private static partial Regex CardTitle();
}
