using System.Net;

namespace DanVan.Web.Tests.Contents;

/// <summary>
/// “Hiện trên menu” puts a page on the readers' main menu, which only those who may manage the menu may edit: for an
/// Editor the box is shown as it is, without an input, and a posted value is ignored.
/// </summary>
public sealed class PageMenuPermissionTests(ContentAdminSite site) : IClassFixture<ContentAdminSite>
{
    private const string Box = "name=\"f.Page.ShowInMenu\"";

    [Fact]
    public async Task Only_a_user_who_may_manage_the_menu_puts_a_page_on_it()
    {
        var editor = site.Client("/hoa-an");
        Assert.Equal(HttpStatusCode.Redirect, (await editor.LoginAsync("editor", OrchardWebApplicationFactory.AdminPassword)).StatusCode);
        var form = await editor.GetStringAsync("/admin/contents/create/Page");
        Assert.DoesNotContain(Box, form);
        Assert.Contains("Chỉ người được quản lý menu chính mới đổi được mục này.", form);
        Assert.Equal(HttpStatusCode.Redirect, (await PublishPageAsync(editor, "Trang của biên tập viên")).StatusCode);

        var admin = site.Client("/hoa-an");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword)).StatusCode);
        Assert.Contains(Box, await admin.GetStringAsync("/admin/contents/create/Page"));
        Assert.Equal(HttpStatusCode.Redirect, (await PublishPageAsync(admin, "Trang của quản trị")).StatusCode);

        // Pages are reached from the menu only: the home page links the one on it and not the other.
        var home = await site.Client("/hoa-an").GetStringAsync("/");
        Assert.Contains("/trang-cua-quan-tri\"", home);
        Assert.DoesNotContain("/trang-cua-bien-tap-vien\"", home);
    }

    private static Task<HttpResponseMessage> PublishPageAsync(TenantClient client, string title) =>
        client.PostFormAsync("/admin/contents/create/Page", "/admin/contents/create/Page", new()
        {
            ["Title"] = title,
            ["Path"] = string.Empty,
            ["BodyHtml"] = "<p>Nội dung trang.</p>",
            ["f.Page.ShowInMenu"] = "true",
            ["submit"] = "publish",
        });
}
