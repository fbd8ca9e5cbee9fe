using System.Net;
using System.Text.Json;
using DanVan.Orchard.Contents;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Editor;

/// <summary>
/// The editor's guard-rails on the server: required fields from the type's definition, errors next to each field (also
/// as JSON for the script's save), the address preview, and a confirmation before an item leaves the site.
/// </summary>
public sealed class EditorGuardRailTests(EditorSite site) : IClassFixture<EditorSite>
{
    [Fact]
    public async Task An_article_without_lead_and_body_is_refused_with_each_error_next_to_its_field()
    {
        var admin = await site.SignedInAsync();

        var response = await admin.PostFormAsync("/admin/contents/create/Article", "/admin/contents/create/Article", new()
        {
            ["Title"] = string.Empty,
            ["f.Article.Summary"] = "   ",
            ["BodyHtml"] = "<p><br></p>",
            ["submit"] = "draft",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal("Nhập tiêu đề.", EditorSite.ErrorNextTo(page, "Title"));
        Assert.Equal("Tóm tắt: bắt buộc, hãy nhập.", EditorSite.ErrorNextTo(page, "f.Article.Summary"));
        Assert.Equal("Nhập nội dung bài.", EditorSite.ErrorNextTo(page, "BodyHtml"));
        Assert.Equal("", EditorSite.ErrorNextTo(page, "f.Article.Byline"));
    }

    [Fact]
    public async Task A_meeting_report_needs_its_date()
    {
        var admin = await site.SignedInAsync();

        var response = await admin.PostFormAsync("/admin/contents/create/MeetingReport", "/admin/contents/create/MeetingReport", new()
        {
            ["Title"] = "Hội nghị chưa có ngày",
            ["f.MeetingReport.MeetingDate"] = string.Empty,
            ["submit"] = "draft",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Ngày họp: bắt buộc, hãy nhập.", EditorSite.ErrorNextTo(await response.Content.ReadAsStringAsync(), "f.MeetingReport.MeetingDate"));
    }

    [Fact]
    public async Task The_scripts_save_gets_json_the_errors_with_their_fields_or_where_to_go()
    {
        var admin = await site.SignedInAsync();
        var fields = new Dictionary<string, string>
        {
            ["Title"] = "Bài lưu bằng script",
            ["f.Article.Summary"] = string.Empty,
            ["BodyHtml"] = "<p>Thân bài.</p>",
            ["submit"] = "draft",
        };

        var refused = await EditorSite.PostAsScriptAsync(admin, "/admin/contents/create/Article", "/admin/contents/create/Article", fields);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        using (var errors = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()))
        {
            var error = Assert.Single(errors.RootElement.GetProperty("errors").EnumerateArray());
            Assert.Equal("f.Article.Summary", error.GetProperty("field").GetString());
            Assert.Equal("Tóm tắt: bắt buộc, hãy nhập.", error.GetProperty("message").GetString());
        }

        fields["f.Article.Summary"] = "Tóm tắt.";
        fields["submit"] = "preview";
        var saved = await EditorSite.PostAsScriptAsync(admin, "/admin/contents/create/Article", "/admin/contents/create/Article", fields);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        using var answer = JsonDocument.Parse(await saved.Content.ReadAsStringAsync());
        Assert.True(answer.RootElement.GetProperty("saved").GetBoolean());
        // "Xem trước" saved a draft and goes to its preview.
        Assert.Matches("^/hoa-an/admin/contents/[0-9a-f]{32}/preview$", answer.RootElement.GetProperty("redirect").GetString());
    }

    [Fact]
    public async Task A_save_after_the_session_ended_gets_401_json_naming_the_sign_in_page_not_a_redirect()
    {
        var admin = await site.SignedInAsync();
        var form = await admin.GetStringAsync("/admin/contents/create/Article");
        var token = EditorSite.Token(form)!;

        // Signing out on another device moves the security stamp on: this session ends too.
        var elsewhere = await site.SignedInAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.PostFormAsync("/admin", "/logout", [])).StatusCode);

        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Title"] = "Bài viết khi phiên đã hết",
            ["submit"] = "draft",
        };
        var byScript = await EditorSite.PostWithTokenAsScriptAsync(admin, "/admin/contents/create/Article", fields);
        Assert.Equal(HttpStatusCode.Unauthorized, byScript.StatusCode);
        using var answer = JsonDocument.Parse(await byScript.Content.ReadAsStringAsync());
        Assert.Equal("/hoa-an/login", answer.RootElement.GetProperty("signIn").GetString());

        // A plain form post still goes to the sign-in page.
        var plain = await admin.Http.PostAsync(admin.Url("/admin/contents/create/Article"), new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, plain.StatusCode);
        Assert.StartsWith("/hoa-an/login", TenantClient.Location(plain));
    }

    [Fact]
    public async Task The_address_preview_applies_the_types_pattern_and_the_servers_folding_and_stays_unique()
    {
        var admin = await site.SignedInAsync();

        using var fresh = JsonDocument.Parse(await admin.GetStringAsync("/admin/contents/path-preview?type=Article&title=" + Uri.EscapeDataString("Đường ĐT 207: Đã thông xe!")));
        Assert.Equal("tin-tuc/duong-dt-207-da-thong-xe", fresh.RootElement.GetProperty("path").GetString());
        Assert.Equal("/hoa-an/tin-tuc/duong-dt-207-da-thong-xe", fresh.RootElement.GetProperty("url").GetString());

        using var taken = JsonDocument.Parse(await admin.GetStringAsync("/admin/contents/path-preview?type=Article&title=" + Uri.EscapeDataString("Sơ kết công tác dân vận 6 tháng đầu năm 2026")));
        Assert.Equal(ProvisionedSiteFixture.SampleArticlePath + "-2", taken.RootElement.GetProperty("path").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/contents/path-preview?type=Khong&title=x")).StatusCode);
    }

    [Theory]
    [InlineData("unpublish")]
    [InlineData("delete")]
    public async Task Unpublish_and_delete_ask_first_when_not_confirmed(string action)
    {
        var admin = await site.SignedInAsync();
        var id = EditorSite.IdFrom(await admin.PostFormAsync("/admin/contents/create/Article", "/admin/contents/create/Article", new()
        {
            ["Title"] = "Bài sẽ bị " + action,
            ["f.Article.Summary"] = "Tóm tắt.",
            ["BodyHtml"] = "<p>Thân bài.</p>",
            ["submit"] = "publish",
        }));

        var asked = await admin.PostFormAsync($"/admin/contents/{id}/edit", $"/admin/contents/{id}/{action}", new() { ["returnUrl"] = "/hoa-an/admin/contents" });
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var page = await asked.Content.ReadAsStringAsync();
        Assert.Contains("name=\"confirmed\" value=\"true\"", page);
        Assert.Contains($"action=\"/hoa-an/admin/contents/{id}/{action}\"", page);
        Assert.True(await IsOnSiteAsync(id), "nothing may change before the confirmation");

        var done = await admin.PostFormAsync($"/admin/contents/{id}/edit", $"/admin/contents/{id}/{action}", new() { ["confirmed"] = "true", ["returnUrl"] = "/hoa-an/admin/contents" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.False(await IsOnSiteAsync(id));
    }

    private async Task<bool> IsOnSiteAsync(string id)
    {
        var published = false;
        await site.InTenantAsync("HoaAn", async services =>
            published = (await services.GetRequiredService<IContentManager>().GetVersionsAsync(id, CancellationToken.None)).Any(v => v.Published));
        return published;
    }
}
