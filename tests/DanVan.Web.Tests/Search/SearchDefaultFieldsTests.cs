using System.Text.Json.Nodes;
using DanVan.Orchard.Recipes;
using Microsoft.Extensions.DependencyInjection;
using static DanVan.Web.Tests.Search.SearchTestSupport;

namespace DanVan.Web.Tests.Search;

/// <summary><c>LuceneSettings.DefaultSearchFields</c> (from an Orchard recipe's settings step) restricts the fields the search page queries.</summary>
public sealed class SearchDefaultFieldsTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private Task SetFieldsAsync(string tenant, params string[] fields)
    {
        var step = new JsonObject
        {
            ["name"] = "settings",
            ["LuceneSettings"] = new JsonObject { ["SearchIndex"] = "Search", ["DefaultSearchFields"] = new JsonArray(fields.Select(f => (JsonNode?)JsonValue.Create(f)).ToArray()) },
        };
        var recipe = RecipeReader.Parse(new JsonObject { ["name"] = "truong-tim", ["steps"] = new JsonArray(step) }.ToJsonString(), "truong-tim.recipe.json");
        return site.InTenantAsync(tenant, services =>
            services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, new Dictionary<string, string?>(), services, CancellationToken.None));
    }

    [Fact]
    public async Task Title_only_fields_find_words_of_the_title_and_not_of_the_body_and_full_text_finds_both()
    {
        var id = await SaveAsync(site, "HoaAn", Article("Hội thi tieudeduynhat ở xã", "Tóm tắt.", "Thân bài có từ thanbaiduynhat."));
        await Eventually.ReturnsAsync(() => site.CreateClient().GetStringAsync("/hoa-an/tim-kiem?q=thanbaiduynhat"), h => HitIds(h).Contains(id));

        // An unknown name is ignored (logged); the known one restricts the query to titles.
        await SetFieldsAsync("HoaAn", "TitlePart.Title", "KhongCo.TruongNay");
        Assert.Contains(id, HitIds(await site.CreateClient().GetStringAsync("/hoa-an/tim-kiem?q=tieudeduynhat")));
        Assert.DoesNotContain(id, HitIds(await site.CreateClient().GetStringAsync("/hoa-an/tim-kiem?q=thanbaiduynhat")));

        await SetFieldsAsync("HoaAn", "Content.ContentItem.FullText");
        Assert.Contains(id, HitIds(await site.CreateClient().GetStringAsync("/hoa-an/tim-kiem?q=thanbaiduynhat")));
    }
}
