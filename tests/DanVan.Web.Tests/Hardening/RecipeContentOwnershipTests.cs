using System.Net;
using DanVan.Orchard.Contents;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Hardening;

/// <summary>
/// Items made by recipes belong to the administrator created at setup, not to "everybody": a missing owner used to let
/// a Contributor edit (and take over) every sample item and an Author unpublish or delete them.
/// </summary>
[Collection(ContentHardeningCollection.Name)]
public sealed class RecipeContentOwnershipTests(ContentHardeningSite site)
{
    [Fact]
    public async Task Every_item_a_recipe_made_is_owned_by_the_tenants_first_administrator()
    {
        foreach (var (tenant, _) in ContentHardeningSite.Tenants)
        {
            var admin = await site.UserIdAsync(tenant, "admin");
            var items = await site.LatestItemsAsync(tenant);

            Assert.NotEmpty(items);
            Assert.All(items.Where(i => site.RecipeItemIds[tenant].Contains(i.ContentItemId)), item => Assert.Equal(admin, item.Owner));
        }
    }

    [Fact]
    public async Task A_contributor_can_neither_open_nor_save_a_sample_item_and_does_not_become_its_owner()
    {
        var id = await FreshRecipeArticleAsync();
        var admin = await site.SignedInAsync("/hoa-an", "admin");
        var form = EditForm.Fields(await admin.GetStringAsync($"/admin/contents/{id}/edit"), "edit-layout");
        form["Title"] = "Bài bị người đóng góp sửa";
        form["submit"] = "draft";
        var contributor = await site.SignedInAsync("/hoa-an", "contributor");

        var open = await contributor.GetAsync($"/admin/contents/{id}/edit");
        var save = await contributor.PostFormAsync("/admin/contents", $"/admin/contents/{id}/edit", form);

        Assert.True(ContentHardeningSite.Refused(open), $"GET edit answered {(int)open.StatusCode}");
        Assert.True(ContentHardeningSite.Refused(save), $"POST edit answered {(int)save.StatusCode}");
        var item = await site.LatestAsync("HoaAn", id);
        Assert.NotEqual("Bài bị người đóng góp sửa", item.DisplayText);
        Assert.Equal(await site.UserIdAsync("HoaAn", "admin"), item.Owner);
    }

    [Fact]
    public async Task An_author_can_neither_unpublish_nor_delete_a_sample_item()
    {
        var id = await FreshRecipeArticleAsync();
        var author = await site.SignedInAsync("/hoa-an", "author");

        var unpublish = await author.PostFormAsync("/admin/contents", $"/admin/contents/{id}/unpublish", new() { ["confirmed"] = "true" });
        var delete = await author.PostFormAsync("/admin/contents", $"/admin/contents/{id}/delete", new() { ["confirmed"] = "true" });

        Assert.True(ContentHardeningSite.Refused(unpublish), $"unpublish answered {(int)unpublish.StatusCode}");
        Assert.True(ContentHardeningSite.Refused(delete), $"delete answered {(int)delete.StatusCode}");
        Assert.True(await site.IsPublishedAsync("HoaAn", id));
    }

    /// <summary>
    /// Runs sample-content once more on HoaAn and returns one of the published articles it made: an item no other test
    /// has saved (a save by anybody used to make the saver its owner).
    /// </summary>
    private async Task<string> FreshRecipeArticleAsync()
    {
        var known = (await site.LatestItemsAsync("HoaAn")).Select(i => i.ContentItemId).ToHashSet();
        await site.Get<DanVan.Orchard.Tenancy.TenantSetupService>().RunRecipeAsync("HoaAn", "sample-content", CancellationToken.None);
        var fresh = (await site.LatestItemsAsync("HoaAn")).First(i => !known.Contains(i.ContentItemId) && i.ContentType == "Article" && i.Published);
        Assert.Equal(await site.UserIdAsync("HoaAn", "admin"), fresh.Owner);
        return fresh.ContentItemId;
    }

    /// <summary>Databases from before this change hold ownerless recipe items: they grant nothing to anybody's "own" permissions.</summary>
    [Fact]
    public async Task An_item_without_an_owner_is_nobodys_and_saving_it_does_not_give_it_one()
    {
        var item = new ContentItem
        {
            ContentType = "Article",
            Published = true,
            Content = new() { ["TitlePart"] = new System.Text.Json.Nodes.JsonObject { ["Title"] = "Bài cũ không có chủ" } },
        };
        await site.InTenantAsync("HoaAn", services => services.GetRequiredService<IContentManager>().ImportAsync(item, CancellationToken.None));
        Assert.Null((await site.LatestAsync("HoaAn", item.ContentItemId)).Owner);
        var contributor = await site.SignedInAsync("/hoa-an", "contributor");
        var author = await site.SignedInAsync("/hoa-an", "author");
        var editor = await site.SignedInAsync("/hoa-an", "editor");

        Assert.True(ContentHardeningSite.Refused(await contributor.GetAsync($"/admin/contents/{item.ContentItemId}/edit")));
        Assert.True(ContentHardeningSite.Refused(await author.PostFormAsync("/admin/contents", $"/admin/contents/{item.ContentItemId}/unpublish", new() { ["confirmed"] = "true" })));
        var form = EditForm.Fields(await editor.GetStringAsync($"/admin/contents/{item.ContentItemId}/edit"), "edit-layout");
        form["submit"] = "publish";
        // Lead and body are required by the district-board recipe's Article type.
        form["f.Article.Summary"] = "Tóm tắt.";
        form["BodyHtml"] = "<p>Nội dung.</p>";
        var save = await editor.PostFormAsync($"/admin/contents/{item.ContentItemId}/edit", $"/admin/contents/{item.ContentItemId}/edit", form);

        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.Null((await site.LatestAsync("HoaAn", item.ContentItemId)).Owner);
    }
}
