using System.Net;
using DanVan.Orchard.Contents;
using Microsoft.Extensions.DependencyInjection;
using static DanVan.Web.Tests.ContentAdminForms;

namespace DanVan.Web.Tests;

/// <summary>The content admin through real cookies and antiforgery tokens, on the district tenant HoaAn.</summary>
public sealed class ContentAdminTests(ContentAdminSite site) : IClassFixture<ContentAdminSite>
{
    private const string Password = OrchardWebApplicationFactory.AdminPassword;

    private async Task<TenantClient> SignedInAsync(string userName)
    {
        var client = site.Client("/hoa-an");
        var login = await client.LoginAsync(userName, Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    private async Task<string> ArticleOwnedByAdminAsync(string title)
    {
        var admin = await SignedInAsync("admin");
        return IdFrom(await CreateArticleAsync(admin, title, "publish"));
    }

    [Theory]
    [InlineData("editor", true, true)]
    [InlineData("author", true, true)]
    [InlineData("contributor", true, false)]
    public async Task Each_role_may_draft_and_only_some_may_publish_their_own(string user, bool mayDraft, bool mayPublish)
    {
        var client = await SignedInAsync(user);

        var draft = await CreateArticleAsync(client, $"Bản nháp của {user}", "draft");
        var published = await CreateArticleAsync(client, $"Bài đăng của {user}", "publish");

        Assert.Equal(mayDraft, draft.StatusCode == HttpStatusCode.Redirect && !Refused(draft));
        Assert.Equal(mayPublish, !Refused(published));
        var reader = await site.Client("/hoa-an").GetAsync($"/tin-tuc/bai-dang-cua-{user}");
        Assert.Equal(mayPublish ? HttpStatusCode.OK : HttpStatusCode.NotFound, reader.StatusCode);
    }

    [Theory]
    [InlineData("editor", true)]
    [InlineData("author", false)]
    [InlineData("contributor", false)]
    public async Task Only_editors_may_edit_publish_or_delete_what_others_wrote(string user, bool allowed)
    {
        var id = await ArticleOwnedByAdminAsync($"Bài của quản trị cho {user}");
        var client = await SignedInAsync(user);

        var edit = await client.GetAsync($"/admin/contents/{id}/edit");
        var unpublish = await client.PostFormAsync("/admin/contents", $"/admin/contents/{id}/unpublish", new() { ["confirmed"] = "true" });
        var delete = await client.PostFormAsync("/admin/contents", $"/admin/contents/{id}/delete", new() { ["confirmed"] = "true" });

        Assert.Equal(allowed, edit.StatusCode == HttpStatusCode.OK);
        Assert.Equal(!allowed, Refused(unpublish));
        Assert.Equal(!allowed, Refused(delete));
    }

    [Theory]
    [InlineData("editor", "/admin/users")]
    [InlineData("editor", "/admin/settings")]
    [InlineData("author", "/admin/features")]
    [InlineData("contributor", "/admin/audit")]
    public async Task Site_management_pages_are_for_administrators(string user, string page)
    {
        var client = await SignedInAsync(user);
        var admin = await SignedInAsync("admin");

        Assert.True(Refused(await client.GetAsync(page)));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(page)).StatusCode);
    }

    [Fact]
    public async Task Draft_publish_unpublish_delete_and_restore_as_readers_see_it()
    {
        var admin = await SignedInAsync("admin");
        var reader = site.Client("/hoa-an");
        const string path = "/tin-tuc/vong-doi-mot-bai-viet";

        var id = IdFrom(await CreateArticleAsync(admin, "Vòng đời một bài viết", "draft"));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/admin/contents/{id}/preview")).StatusCode);

        await admin.PostFormAsync("/admin/contents", $"/admin/contents/{id}/publish", []);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(path)).StatusCode);
        Assert.Contains("Vòng đời một bài viết", await reader.GetStringAsync("/"));

        await admin.PostFormAsync("/admin/contents", $"/admin/contents/{id}/unpublish", new() { ["confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(path)).StatusCode);

        await admin.PostFormAsync("/admin/contents", $"/admin/contents/{id}/delete", new() { ["confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/contents/{id}/edit")).StatusCode);
        Assert.Contains("Vòng đời một bài viết", await admin.GetStringAsync("/admin/contents?status=Removed"));
        Assert.DoesNotContain("Vòng đời một bài viết", await admin.GetStringAsync("/admin/contents"));

        var restore = await admin.PostFormAsync("/admin/contents?status=Removed", $"/admin/contents/{id}/restore", []);
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/admin/contents/{id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(path)).StatusCode);

        var audit = await admin.GetStringAsync("/admin/audit");
        foreach (var action in new[] { "Tạo", "Đăng", "Gỡ khỏi trang", "Xóa", "Khôi phục" })
        {
            Assert.Contains(action, audit);
        }
    }

    [Fact]
    public async Task A_draft_over_a_published_version_stays_hidden_until_published_and_old_versions_can_be_restored()
    {
        var admin = await SignedInAsync("admin");
        var reader = site.Client("/hoa-an");
        var id = IdFrom(await CreateArticleAsync(admin, "Tiêu đề lần đầu", "publish"));

        var edit = await admin.PostFormAsync($"/admin/contents/{id}/edit", $"/admin/contents/{id}/edit", await EditFieldsAsync(admin, id, "Tiêu đề sửa lần hai", "draft"));
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);

        var page = await reader.GetStringAsync("/tin-tuc/tieu-de-lan-dau");
        Assert.Contains("Tiêu đề lần đầu", page);
        Assert.DoesNotContain("Tiêu đề sửa lần hai", page);

        var versions = await admin.GetStringAsync($"/admin/contents/{id}/versions");
        Assert.Contains("Tiêu đề lần đầu", versions);
        Assert.Contains("Tiêu đề sửa lần hai", versions);

        string firstVersion = string.Empty;
        await site.InTenantAsync("HoaAn", async services =>
            firstVersion = (await services.GetRequiredService<IContentManager>().GetVersionsAsync(id, CancellationToken.None))
                .Single(v => v.Published).Version.Item.ContentItemVersionId);
        var restore = await admin.PostFormAsync($"/admin/contents/{id}/versions", $"/admin/contents/{id}/versions/{firstVersion}/restore", []);
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        Assert.Contains("value=\"Tiêu đề lần đầu\"", await admin.GetStringAsync($"/admin/contents/{id}/edit"));
    }

    [Fact]
    public async Task The_second_of_two_editors_saving_the_same_item_is_refused_and_nothing_is_lost()
    {
        var first = await SignedInAsync("admin");
        var second = await SignedInAsync("editor");
        var id = IdFrom(await CreateArticleAsync(first, "Hai người cùng sửa", "draft"));
        var firstForm = await EditFieldsAsync(first, id, "Sửa bởi người thứ nhất", "draft");
        var secondForm = await EditFieldsAsync(second, id, "Sửa bởi người thứ hai", "draft");

        var firstSave = await first.PostFormAsync($"/admin/contents/{id}/edit", $"/admin/contents/{id}/edit", firstForm);
        var secondSave = await second.PostFormAsync($"/admin/contents/{id}/edit", $"/admin/contents/{id}/edit", secondForm);

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondSave.StatusCode);
        var conflictPage = await secondSave.Content.ReadAsStringAsync();
        Assert.Contains("vừa được người khác lưu", conflictPage);
        Assert.Contains("Sửa bởi người thứ hai", conflictPage);
        Assert.Contains("value=\"Sửa bởi người thứ nhất\"", await first.GetStringAsync($"/admin/contents/{id}/edit"));
    }

    [Fact]
    public async Task Html_pasted_from_word_or_with_script_is_cleaned_on_save()
    {
        var admin = await SignedInAsync("admin");
        var id = IdFrom(await CreateArticleAsync(admin, "Dán từ Word", "publish", new()
        {
            ["BodyHtml"] = "<p class=\"MsoNormal\" style=\"mso-line-height-rule:exactly;font-family:Times\">Chữ <b>đậm</b><o:p></o:p></p>" +
                "<script>alert('x')</script><p onmouseover=\"steal()\">Đoạn hai</p><a href=\"javascript:alert(1)\">liên kết</a>",
        }));

        var html = await site.Client("/hoa-an").GetStringAsync("/tin-tuc/dan-tu-word");

        Assert.Contains("<p>Chữ <b>đậm</b></p>", html);
        Assert.Contains("<p>Đoạn hai</p>", html);
        Assert.DoesNotContain("MsoNormal", html);
        Assert.DoesNotContain("mso-", html);
        Assert.DoesNotContain("alert(", html);
        Assert.DoesNotContain("steal()", html);
        Assert.NotEmpty(id);
    }

    [Theory]
    [InlineData("Title", "__long__", "Tiêu đề tối đa 500 ký tự")]
    [InlineData("Title", "", "Nhập tiêu đề.")]
    [InlineData("Path", "admin/bai-moi", "là đường dẫn dành riêng")]
    [InlineData("Path", "media", "là đường dẫn dành riêng")]
    [InlineData("Path", "tin-tuc/Bài Mới", "chỉ gồm chữ thường không dấu")]
    [InlineData("Path", "tin-tuc/so-ket-cong-tac-dan-van-6-thang-dau-nam-2026", "đã được dùng cho nội dung khác")]
    [InlineData("f.Article.Summary", "__text5000__", "tối đa 4000 ký tự")]
    public async Task Bad_input_gets_a_message_on_the_form_and_nothing_is_saved(string field, string value, string message)
    {
        var admin = await SignedInAsync("admin");
        var before = await CountAsync();
        value = value switch
        {
            "__long__" => new string('Đ', 501),
            "__text5000__" => new string('a', 5000),
            _ => value,
        };

        var response = await CreateArticleAsync(admin, "Bài có dữ liệu sai", "draft", new() { [field] = value });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task An_impossible_meeting_date_is_refused()
    {
        var admin = await SignedInAsync("admin");
        var response = await admin.PostFormAsync("/admin/contents/create/MeetingReport", "/admin/contents/create/MeetingReport", new()
        {
            ["Title"] = "Hội nghị ngày không có thật",
            ["f.MeetingReport.MeetingDate"] = "2026-02-31",
            ["submit"] = "draft",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Ngày họp: ngày không hợp lệ.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_content_type_is_404()
    {
        var admin = await SignedInAsync("admin");

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/contents/create/Khong")).StatusCode);
    }

    [Fact]
    public async Task Settings_saved_by_an_administrator_show_on_the_public_site_at_once()
    {
        var admin = await SignedInAsync("admin");
        var reader = site.Client("/hoa-an");
        Assert.DoesNotContain("Dòng phụ mới của banner", await reader.GetStringAsync("/"));

        var saved = await admin.PostFormAsync("/admin/settings", "/admin/settings", new()
        {
            ["SiteName"] = "Ban Dân vận Huyện ủy Hòa An",
            ["BannerTitle"] = "Ban Dân vận Huyện ủy Hòa An",
            ["BannerSubtitle"] = "Dòng phụ mới của banner",
            ["TimeZone"] = "Asia/Ho_Chi_Minh",
            ["Culture"] = "vi-VN",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Dòng phụ mới của banner", await reader.GetStringAsync("/"));
        Assert.Contains("Đã lưu cài đặt trang.", await admin.GetStringAsync("/admin/settings"));
    }

    [Fact]
    public async Task Bad_settings_are_refused_with_a_message()
    {
        var admin = await SignedInAsync("admin");

        var saved = await admin.PostFormAsync("/admin/settings", "/admin/settings", new()
        {
            ["SiteName"] = "Hòa An", ["BannerImagePath"] = "javascript:alert(1)", ["TimeZone"] = "Sao Hỏa", ["Culture"] = "vi-VN",
        });

        Assert.Equal(HttpStatusCode.BadRequest, saved.StatusCode);
        var html = await saved.Content.ReadAsStringAsync();
        Assert.Contains("Đường dẫn ảnh phải bắt đầu bằng", html);
        Assert.Contains("Múi giờ không hợp lệ.", html);
    }

    private static async Task<Dictionary<string, string>> EditFieldsAsync(TenantClient client, string id, string title, string submit)
    {
        var html = await client.GetStringAsync($"/admin/contents/{id}/edit");
        var stamp = System.Text.RegularExpressions.Regex.Match(html, "name=\"Stamp\" value=\"([0-9a-f]+)\"").Groups[1].Value;
        Assert.NotEmpty(stamp);
        return new Dictionary<string, string>
        {
            ["Stamp"] = stamp,
            ["Title"] = title,
            ["Path"] = System.Text.RegularExpressions.Regex.Match(html, "id=\"Path\" name=\"Path\" value=\"([^\"]*)\"").Groups[1].Value,
            ["BodyHtml"] = "<p>Nội dung.</p>",
            ["f.Article.Summary"] = "Tóm tắt.",
            ["submit"] = submit,
        };
    }

    private async Task<int> CountAsync()
    {
        var total = 0;
        await site.InTenantAsync("HoaAn", async services =>
            total = (await services.GetRequiredService<IContentManager>().QueryAsync(new ContentQuery(null, ContentStatus.All, null, ContentSort.ModifiedDesc, 1), CancellationToken.None)).Total);
        return total;
    }
}
