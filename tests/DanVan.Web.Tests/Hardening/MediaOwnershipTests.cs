using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Hardening;

/// <summary>
/// Authors and contributors change only the media they uploaded (ManageOwnMedia); editors and administrators every
/// file (ManageMedia). A file with no recorded owner (from a recipe) is nobody's.
/// </summary>
[Collection(ReaderSiteCollection.Name)]
public sealed class MediaOwnershipTests : IAsyncLifetime
{
    private const string RecipePhoto = "anh/2026/so-ket-6-thang.jpg";
    private readonly ProvisionedSiteFixture _site;

    public MediaOwnershipTests(ProvisionedSiteFixture site) => _site = site;

    /// <summary>The users the tests sign in as, created once for the class's site (each test gets a new instance of the class).</summary>
    public async Task InitializeAsync()
    {
        foreach (var (user, role) in new[] { ("tacgia", "Author"), ("tacgia2", "Author"), ("bientap", "Editor"), ("congtac", "Contributor") })
        {
            var exists = false;
            await _site.InTenantAsync("HoaAn", async services =>
                exists = await services.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync(user) is not null);
            if (!exists)
            {
                await _site.CreateUserAsync("HoaAn", user, role);
            }
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static bool Refused(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden ||
        (response.StatusCode == HttpStatusCode.Redirect && TenantClient.Location(response).Contains("/account/denied", StringComparison.Ordinal));

    private Task<HttpStatusCode> StatusOfAsync(string path) =>
        _site.CreateClient().GetAsync("/hoa-an/media/" + path).ContinueWith(t => t.Result.StatusCode, TaskScheduler.Default);

    private async Task<string> UploadAsAsync(string user, string name)
    {
        var client = await MediaAdminClient.SignInAsync(_site, "/hoa-an", user);
        var (status, saved, errors) = await client.UploadAsync("so-huu", name, TestPng.Solid(4, 3));
        Assert.True(status == HttpStatusCode.OK, string.Join(" ", errors));
        return saved[0];
    }

    [Fact]
    public async Task An_author_cannot_delete_move_or_relabel_the_administrators_image()
    {
        var adminImage = await UploadAsAsync("admin", "cua-quan-tri.png");
        var author = await MediaAdminClient.SignInAsync(_site, "/hoa-an", "tacgia");

        Assert.True(Refused(await author.PostAsync("/admin/media/delete", new() { ["path"] = adminImage, ["confirmUsed"] = "true" })));
        Assert.True(Refused(await author.PostAsync("/admin/media/move", new() { ["path"] = adminImage, ["newPath"] = "so-huu/da-chuyen.png" })));
        Assert.True(Refused(await author.PostAsync("/admin/media/item", new() { ["path"] = adminImage, ["alt"] = "Sai", ["caption"] = "Sai" })));

        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(adminImage));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync("so-huu/da-chuyen.png"));
        var item = await author.Client.GetStringAsync("/admin/media/item?path=" + Uri.EscapeDataString(adminImage));
        Assert.DoesNotContain("/admin/media/delete", item);
        Assert.Contains("Tệp do người khác tải lên", item);
    }

    [Fact]
    public async Task A_file_from_a_recipe_has_no_owner_and_an_author_cannot_delete_it()
    {
        var author = await MediaAdminClient.SignInAsync(_site, "/hoa-an", "tacgia");

        Assert.True(Refused(await author.PostAsync("/admin/media/delete", new() { ["path"] = RecipePhoto, ["confirmUsed"] = "true" })));

        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(RecipePhoto));
    }

    [Fact]
    public async Task An_author_relabels_moves_and_deletes_their_own_upload_but_not_another_authors()
    {
        var own = await UploadAsAsync("tacgia", "cua-tac-gia.png");
        var author = await MediaAdminClient.SignInAsync(_site, "/hoa-an", "tacgia");
        var other = await MediaAdminClient.SignInAsync(_site, "/hoa-an", "tacgia2");

        Assert.True(Refused(await other.PostAsync("/admin/media/delete", new() { ["path"] = own })));

        var relabel = await author.PostAsync("/admin/media/item", new() { ["path"] = own, ["alt"] = "Ảnh của tác giả", ["caption"] = "Chú thích" });
        Assert.Equal(HttpStatusCode.Redirect, relabel.StatusCode);
        var moved = await author.PostAsync("/admin/media/move", new() { ["path"] = own, ["newPath"] = "so-huu/tac-gia-da-chuyen.png" });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Contains("tac-gia-da-chuyen.png", TenantClient.Location(moved));
        Assert.Contains("Ảnh của tác giả", await author.Client.GetStringAsync("/admin/media/item?path=" + Uri.EscapeDataString("so-huu/tac-gia-da-chuyen.png")));

        var deleted = await author.PostAsync("/admin/media/delete", new() { ["path"] = "so-huu/tac-gia-da-chuyen.png" });

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(Refused(deleted));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync("so-huu/tac-gia-da-chuyen.png"));
    }

    [Fact]
    public async Task An_editor_deletes_any_file()
    {
        var authorImage = await UploadAsAsync("tacgia2", "cua-tac-gia-2.png");
        var adminImage = await UploadAsAsync("admin", "cua-quan-tri-2.png");
        var editor = await MediaAdminClient.SignInAsync(_site, "/hoa-an", "bientap");

        Assert.False(Refused(await editor.PostAsync("/admin/media/delete", new() { ["path"] = authorImage })));
        Assert.False(Refused(await editor.PostAsync("/admin/media/delete", new() { ["path"] = adminImage })));

        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(authorImage));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(adminImage));
    }

    [Fact]
    public async Task A_contributor_uses_the_library_for_their_own_files()
    {
        var own = await UploadAsAsync("congtac", "cua-cong-tac-vien.png");
        var contributor = await MediaAdminClient.SignInAsync(_site, "/hoa-an", "congtac");

        Assert.True(Refused(await contributor.PostAsync("/admin/media/delete", new() { ["path"] = RecipePhoto, ["confirmUsed"] = "true" })));
        Assert.False(Refused(await contributor.PostAsync("/admin/media/delete", new() { ["path"] = own })));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(own));
    }
}
