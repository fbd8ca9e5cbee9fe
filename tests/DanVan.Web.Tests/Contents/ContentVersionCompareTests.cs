using System.Net;
using System.Text.RegularExpressions;

namespace DanVan.Web.Tests.Contents;

/// <summary>"So sánh": two versions of an article, title, lead and body compared word by word, escaped, without the HTML.</summary>
public sealed partial class ContentVersionCompareTests(ScheduledPublishingSite site) : IClassFixture<ScheduledPublishingSite>
{
    [Fact]
    public async Task Two_versions_show_the_words_removed_and_added_in_title_lead_and_body()
    {
        var admin = await site.SignedInAsync();
        var id = ContentAdminForms.IdFrom(await ContentAdminForms.CreateArticleAsync(admin, "Hội nghị tổng kết năm", "publish", new()
        {
            ["BodyHtml"] = "<p>Hội nghị diễn ra <strong>sáng</strong> thứ Hai tại hội trường.</p>",
            ["f.Article.Summary"] = "Tóm tắt ban đầu.",
        }));

        var edit = await admin.GetStringAsync($"/admin/contents/{id}/edit");
        var stamp = StampInput().Match(edit).Groups[1].Value;
        var saved = await admin.PostFormAsync($"/admin/contents/{id}/edit", $"/admin/contents/{id}/edit", new()
        {
            ["Stamp"] = stamp,
            ["Title"] = "Hội nghị sơ kết <năm> & quý",
            ["Path"] = string.Empty,
            ["BodyHtml"] = "<p>Hội nghị diễn ra <strong>chiều</strong> thứ Hai tại hội trường.</p>",
            ["f.Article.Summary"] = "Tóm tắt ban đầu.",
            ["f.Article.Tags"] = "thử nghiệm",
            ["submit"] = "draft",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var versions = await admin.GetStringAsync($"/admin/contents/{id}/versions");
        Assert.Contains("form=\"compare-form\"", versions);
        var ids = VersionRadio().Matches(versions).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(2, ids.Count);

        // Newest first: compare from the published version to the draft.
        var page = await admin.GetStringAsync($"/admin/contents/{id}/versions/compare?from={ids[1]}&to={ids[0]}");
        Assert.Contains("<del>tổng</del>", page);
        Assert.Contains("<ins>sơ</ins>", page);
        Assert.Contains("&lt;năm&gt; &amp; quý", page);
        Assert.DoesNotContain("<năm>", page);
        Assert.Contains("<del>sáng</del><ins>chiều</ins>", page);
        Assert.DoesNotContain("strong&gt;", page);
        Assert.DoesNotContain("<strong>sáng", page);
        Assert.Matches("Tóm tắt\\s*<span class=\"badge badge--draft\">Không đổi</span>", page);
    }

    [Fact]
    public async Task Without_two_versions_chosen_it_says_so_and_an_unknown_version_is_404()
    {
        var admin = await site.SignedInAsync();
        var id = ContentAdminForms.IdFrom(await ContentAdminForms.CreateArticleAsync(admin, "Bài một phiên bản", "draft"));

        var missing = await admin.GetAsync($"/admin/contents/{id}/versions/compare?from=x");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("Chọn hai phiên bản", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/contents/{id}/versions/compare?from=x&to=y")).StatusCode);
    }

    [GeneratedRegex("name=\"Stamp\" value=\"([^\"]*)\"")]
    private static partial Regex StampInput();

    [GeneratedRegex("name=\"to\" value=\"([^\"]+)\"")]
    private static partial Regex VersionRadio();
}
