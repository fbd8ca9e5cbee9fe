using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Contents;

/// <summary>The content list's bulk actions: one post, a permission check per item, one message of what was done.</summary>
public sealed class ContentBulkActionsTests(ScheduledPublishingSite site) : IClassFixture<ScheduledPublishingSite>
{
    [Fact]
    public async Task Three_drafts_are_published_in_one_post()
    {
        var admin = await site.SignedInAsync();
        var ids = new List<string>();
        foreach (var title in new[] { "Bài đăng loạt một", "Bài đăng loạt hai", "Bài đăng loạt ba" })
        {
            ids.Add(ContentAdminForms.IdFrom(await ContentAdminForms.CreateArticleAsync(admin, title, "draft")));
        }

        var reader = site.Client("/hoa-an");
        var paths = new List<string>();
        foreach (var id in ids)
        {
            paths.Add(await site.PublicPathAsync(id));
            Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(paths[^1])).StatusCode);
        }

        Assert.Contains("form=\"bulk-form\"", await admin.GetStringAsync("/admin/contents"));
        var done = await BulkAsync(admin, "publish", ids);

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Contains("Đã đăng 3 mục.", await admin.GetStringAsync("/admin/contents"));
        foreach (var path in paths)
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task An_author_publishes_only_their_own_items_and_is_told_about_the_others()
    {
        var author = await site.SignedInAsync("author");
        var own = ContentAdminForms.IdFrom(await ContentAdminForms.CreateArticleAsync(author, "Bài loạt của tác giả", "draft"));
        var others = ContentAdminForms.IdFrom(await ContentAdminForms.CreateArticleAsync(await site.SignedInAsync("author2"), "Bài loạt của người khác", "draft"));

        var done = await BulkAsync(author, "publish", [own, others]);

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Contains("Đã đăng 1 mục; 1 mục không đủ quyền.", await author.GetStringAsync("/admin/contents"));
        var reader = site.Client("/hoa-an");
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(await site.PublicPathAsync(own))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(await site.PublicPathAsync(others))).StatusCode);
    }

    [Fact]
    public async Task Delete_asks_first_then_deletes_and_restore_brings_them_back()
    {
        var admin = await site.SignedInAsync();
        var ids = new List<string>
        {
            ContentAdminForms.IdFrom(await ContentAdminForms.CreateArticleAsync(admin, "Bài xóa loạt một", "publish")),
            ContentAdminForms.IdFrom(await ContentAdminForms.CreateArticleAsync(admin, "Bài xóa loạt hai", "publish")),
        };
        var reader = site.Client("/hoa-an");
        var path = await site.PublicPathAsync(ids[0]);

        var asked = await BulkAsync(admin, "delete", ids);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var question = await asked.Content.ReadAsStringAsync();
        Assert.Contains("Xóa 2 mục đã chọn?", question);
        Assert.Contains("Bài xóa loạt hai", question);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(path)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await BulkAsync(admin, "delete", ids, confirmed: true)).StatusCode);
        Assert.Contains("Đã xóa 2 mục.", await admin.GetStringAsync("/admin/contents"));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(path)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await BulkAsync(admin, "restore", ids)).StatusCode);
        Assert.Contains("Đã khôi phục 2 mục.", await admin.GetStringAsync("/admin/contents"));
        Assert.Contains("Bài xóa loạt một", await admin.GetStringAsync("/admin/contents?status=Draft"));
    }

    [Fact]
    public async Task An_author_asking_to_delete_anothers_item_neither_sees_its_title_nor_deletes_it()
    {
        var author = await site.SignedInAsync("author");
        var own = ContentAdminForms.IdFrom(await ContentAdminForms.CreateArticleAsync(author, "Bài xóa loạt của tác giả", "draft"));
        var others = ContentAdminForms.IdFrom(await ContentAdminForms.CreateArticleAsync(await site.SignedInAsync("author2"), "Bài kín của người khác", "draft"));

        var asked = await BulkAsync(author, "delete", [own, others]);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var question = await asked.Content.ReadAsStringAsync();
        Assert.Contains("Bài xóa loạt của tác giả", question);
        Assert.DoesNotContain("Bài kín của người khác", question);
        Assert.DoesNotContain(others, question);
        Assert.Contains("1 mục khác đã chọn sẽ được bỏ qua", question);

        // Only the other's item: nothing to ask about, nothing named, nothing deleted.
        var onlyOthers = await BulkAsync(author, "delete", [others]);
        Assert.Equal(HttpStatusCode.Redirect, onlyOthers.StatusCode);
        Assert.Contains("Đã xóa 0 mục; 1 mục không đủ quyền.", await author.GetStringAsync("/admin/contents"));
        Assert.Equal(HttpStatusCode.Redirect, (await BulkAsync(author, "delete", [others], confirmed: true)).StatusCode);
        await site.InTenantAsync("HoaAn", async services =>
            Assert.False((await services.GetRequiredService<DanVan.Orchard.Contents.IContentManager>().GetLatestVersionAsync(others, CancellationToken.None))!.Removed));
    }

    [Fact]
    public async Task An_unknown_action_is_refused_with_a_message()
    {
        var admin = await site.SignedInAsync();
        var response = await BulkAsync(admin, "explode", ["x"]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Chọn một thao tác", await response.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> BulkAsync(TenantClient client, string action, IEnumerable<string> ids, bool confirmed = false)
    {
        var fields = new List<KeyValuePair<string, string>> { new("bulkAction", action), new("returnUrl", "/hoa-an/admin/contents") };
        fields.AddRange(ids.Select(id => new KeyValuePair<string, string>("ids", id)));
        if (confirmed)
        {
            fields.Add(new("confirmed", "true"));
        }

        return client.PostFormAsync("/admin/contents", "/admin/contents/bulk", fields);
    }
}
