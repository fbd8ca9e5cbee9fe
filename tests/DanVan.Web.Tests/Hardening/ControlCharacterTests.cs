using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Data;
using DanVan.Orchard.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Hardening;

/// <summary>
/// Characters XML cannot carry: one published title with a control character used to make the district's RSS answer
/// 500, and a title with U+FFFE could not even be saved (500).
/// </summary>
[Collection(ContentHardeningCollection.Name)]
public sealed class ControlCharacterTests(ContentHardeningSite site)
{
    [Fact]
    public async Task A_title_summary_and_tags_with_control_characters_and_noncharacters_are_saved_clean()
    {
        var admin = await site.SignedInAsync("/hoa-an", "admin");

        var saved = await admin.PostFormAsync("/admin/contents/create/Article", "/admin/contents/create/Article", new()
        {
            ["Title"] = "Tin\u0001 có ký tự\uFFFE lạ",
            ["Path"] = string.Empty,
            ["BodyHtml"] = "<p>Nội\u0002 dung\uFFFF.</p>",
            ["f.Article.Summary"] = "Tóm\u0003 tắt",
            ["f.Article.Tags"] = "ký\u0004 tự, lạ\uFFFE",
            ["submit"] = "publish",
        });

        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"{(int)saved.StatusCode} {await saved.Content.ReadAsStringAsync()}");
        var item = await site.LatestAsync("HoaAn", TenantClient.Location(saved).Split('/')[^2]);
        Assert.Equal("Tin có ký tự lạ", item.DisplayText);
        Assert.Equal("Tin có ký tự lạ", item.Part("TitlePart")!["Title"]!.GetValue<string>());
        Assert.Equal("<p>Nội dung.</p>", item.Part("HtmlBodyPart")!["Html"]!.GetValue<string>());
        Assert.Equal("Tóm tắt", item.Text("Article", "Summary"));
        Assert.Equal(["ký tự", "lạ"], item.Field("Article", "Tags")!["TagNames"]!.AsArray().Select(t => t!.GetValue<string>()));
        XDocument.Parse(await site.Client("/hoa-an").GetStringAsync("/rss.xml"));
    }

    [Fact]
    public async Task An_item_stored_with_control_characters_does_not_break_the_feeds_or_the_sitemap()
    {
        var item = new ContentItem
        {
            ContentType = "Article",
            Published = true,
            Content = new()
            {
                ["TitlePart"] = new JsonObject { ["Title"] = "Tin cũ lưu trước khi lọc" },
                ["Article"] = new JsonObject { ["Category"] = new JsonObject { ["Text"] = "Tin cũ" } },
            },
        };
        await site.InTenantAsync("HoaAn", async services =>
        {
            await services.GetRequiredService<IContentManager>().ImportAsync(item, CancellationToken.None);

            // What an older version (or a hand-edited database) may have stored: the save path is bypassed.
            var db = services.GetRequiredService<TenantDbContext>();
            var record = await db.ContentItems.SingleAsync(c => c.ContentItemId == item.ContentItemId && c.Published);
            var stored = ContentItemJsonConverter.FromJson(JsonNode.Parse(record.Data)!.AsObject());
            stored.Part("TitlePart")!["Title"] = "Tin cũ\u0001 lưu\uFFFE trước\u001B khi lọc";
            stored.Part("Article")!["Summary"] = new JsonObject { ["Text"] = "Tóm\u0008 tắt\uFFFF" };
            stored.Part("Article")!["Category"] = new JsonObject { ["Text"] = "Tin\u0007 cũ" };
            stored.DisplayText = "Tin cũ\u0001 lưu\uFFFE trước\u001B khi lọc";
            record.Data = ContentItemJsonConverter.ToJson(stored).ToJsonString();
            record.DisplayText = stored.DisplayText;
            await db.SaveChangesAsync();
            services.GetRequiredService<TenantContext>().Shell.SignalChanged();
        });
        var reader = site.Client("/hoa-an");

        var rss = await reader.GetAsync("/rss.xml");
        var sitemap = await reader.GetAsync("/sitemap.xml");

        Assert.Equal(HttpStatusCode.OK, rss.StatusCode);
        var feed = XDocument.Parse(await rss.Content.ReadAsStringAsync());
        Assert.Contains(feed.Descendants("title"), t => t.Value == "Tin cũ lưu trước khi lọc");
        Assert.Contains(feed.Descendants("description"), t => t.Value == "Tóm tắt");
        Assert.Equal(HttpStatusCode.OK, sitemap.StatusCode);
        XDocument.Parse(await sitemap.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/" + item.Part("AutoroutePart")!["Path"]!.GetValue<string>())).StatusCode);
    }

    [Fact]
    public async Task Site_settings_and_menu_labels_with_control_characters_are_saved_clean_and_the_feed_stays_valid()
    {
        var admin = await site.SignedInAsync("/tra-linh", "admin");

        var settings = await admin.PostFormAsync("/admin/settings", "/admin/settings", new()
        {
            ["SiteName"] = "Ban Dân vận\u0001 Trà Lĩnh\uFFFE",
            ["BannerTitle"] = "Ban Dân vận",
            ["BannerSubtitle"] = "Huyện ủy\u0002 Trà Lĩnh",
            ["TimeZone"] = "Asia/Ho_Chi_Minh",
            ["Culture"] = "vi-VN",
        });
        var menu = await admin.PostFormAsync("/admin/menu", "/admin/menu", new()
        {
            ["Rows[0].Text"] = "Trang\u0001 chủ\uFFFE",
            ["Rows[0].Url"] = "~/",
        });

        Assert.True(settings.StatusCode == HttpStatusCode.Redirect, $"settings: {(int)settings.StatusCode}");
        Assert.True(menu.StatusCode == HttpStatusCode.Redirect, $"menu: {(int)menu.StatusCode}");
        var reader = site.Client("/tra-linh");
        var feed = XDocument.Parse(await reader.GetStringAsync("/rss.xml"));
        Assert.Equal("Ban Dân vận Trà Lĩnh", feed.Root!.Element("channel")!.Element("title")!.Value);
        Assert.Contains(">Trang chủ<", await reader.GetStringAsync("/"));
    }
}
