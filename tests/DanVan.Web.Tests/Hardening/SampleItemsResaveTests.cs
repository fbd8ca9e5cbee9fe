using System.Net;
using System.Text.Json.Nodes;

namespace DanVan.Web.Tests.Hardening;

/// <summary>
/// Every item every shipped recipe makes can be opened in the admin and saved back as it is, and nothing changes: a
/// meeting report with a date used to fail (500), and a featured image lost its alt text.
/// </summary>
[Collection(ContentHardeningCollection.Name)]
public sealed class SampleItemsResaveTests(ContentHardeningSite site)
{
    [Theory]
    [InlineData("Default", "")]
    [InlineData("HoaAn", "/hoa-an")]
    [InlineData("TraLinh", "/tra-linh")]
    public async Task Every_recipe_item_saved_unchanged_through_the_edit_form_stays_the_same(string tenant, string prefix)
    {
        var admin = await site.SignedInAsync(prefix, "admin");
        var ids = site.RecipeItemIds[tenant];
        Assert.NotEmpty(ids);
        Assert.Contains(await site.LatestItemsAsync(tenant), i => i.ContentType == "Article");

        foreach (var id in ids)
        {
            var before = await site.LatestAsync(tenant, id);
            var wasPublished = await site.IsPublishedAsync(tenant, id);
            var form = EditForm.Fields(await admin.GetStringAsync($"/admin/contents/{id}/edit"), "edit-layout");
            form["submit"] = before.Published ? "publish" : "draft";

            var save = await admin.PostFormAsync($"/admin/contents/{id}/edit", $"/admin/contents/{id}/edit", form);

            Assert.True(save.StatusCode == HttpStatusCode.Redirect,
                $"{before.ContentType} “{before.DisplayText}”: {(int)save.StatusCode} {await save.Content.ReadAsStringAsync()}");
            var after = await site.LatestAsync(tenant, id);
            Assert.True(JsonNode.DeepEquals(before.Content, after.Content),
                $"{before.ContentType} “{before.DisplayText}” changed:\n{before.Content.ToJsonString()}\n{after.Content.ToJsonString()}");
            Assert.Equal(before.DisplayText, after.DisplayText);
            Assert.Equal(before.Owner, after.Owner);
            Assert.Equal(wasPublished, await site.IsPublishedAsync(tenant, id));
        }
    }
}
