using System.Text.Json.Nodes;
using DanVan.Orchard.Data;
using DanVan.Orchard.Recipes;
using DanVan.Orchard.Settings;
using DanVan.Search;
using DanVan.Search.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Search;

/// <summary>Orchard's <c>lucene-index</c> step and the <c>LuceneSettings</c> entry of the settings step, as Orchard recipes write them.</summary>
public sealed class SearchRecipeTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private static RecipeDescriptor Recipe(params JsonObject[] steps) =>
        RecipeReader.Parse(new JsonObject { ["name"] = "tim-kiem", ["steps"] = new JsonArray(steps) }.ToJsonString(), "tim-kiem.recipe.json");

    private Task RunAsync(RecipeDescriptor recipe) => site.InTenantAsync("TraLinh", services =>
        services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, new Dictionary<string, string?>(), services, CancellationToken.None));

    private static JsonObject LuceneIndex(string analyzer, params string[] types) => JsonNode.Parse($$"""
        { "name": "lucene-index", "Indices": [ { "Search": { "AnalyzerName": "{{analyzer}}", "IndexLatest": false,
          "IndexedContentTypes": [ {{string.Join(", ", types.Select(t => $"\"{t}\""))}} ], "Culture": "vi" } } ] }
        """)!.AsObject();

    [Fact]
    public async Task The_step_sets_the_indexed_types_and_asks_for_a_rebuild_and_LuceneSettings_is_kept()
    {
        long before = 0;
        await site.InTenantAsync("TraLinh", async s => before = await s.GetRequiredService<SearchDbContext>().Tasks.MaxAsync(t => (long?)t.Id) ?? 0);

        await RunAsync(Recipe(
            LuceneIndex("standard", "Article"),
            JsonNode.Parse("""{ "name": "settings", "LuceneSettings": { "SearchIndex": "Search", "DefaultSearchFields": [ "Content.ContentItem.FullText" ] } }""")!.AsObject()));

        await site.InTenantAsync("TraLinh", async services =>
        {
            var settings = await services.GetRequiredService<IDocumentStore>().GetAsync<SearchSettings>(SearchSettings.DocumentId, CancellationToken.None);
            Assert.Equal(["Article"], settings.IndexedContentTypes);
            Assert.True(await services.GetRequiredService<SearchDbContext>().Tasks.AnyAsync(t => t.Id > before && t.ContentItemId == SearchIndexTask.RebuildAll));
            var site = await services.GetRequiredService<SiteService>().GetAsync(CancellationToken.None);
            Assert.Equal("Search", site.Properties["LuceneSettings"]?["SearchIndex"]?.GetValue<string>());
        });

        var page = await SearchTestSupport.ReadyPageAsync(site.CreateClient(), "/tra-linh/tim-kiem?q=dan+van");
        Assert.DoesNotContain("value=\"MeetingReport\"", page);
    }

    [Fact]
    public async Task Another_analyzer_is_accepted_with_a_warning_and_an_unknown_type_is_refused_naming_the_field()
    {
        await RunAsync(Recipe(LuceneIndex("keyword", "Article", "MeetingReport")));
        await site.InTenantAsync("TraLinh", async services =>
            Assert.Equal(["Article", "MeetingReport"], (await services.GetRequiredService<IDocumentStore>().GetAsync<SearchSettings>(SearchSettings.DocumentId, CancellationToken.None)).IndexedContentTypes));

        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(Recipe(LuceneIndex("standard", "Article", "KhongCoLoaiNay"))));
        Assert.Contains("IndexedContentTypes[1]", error.Message);
        var shape = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(Recipe(JsonNode.Parse("""{ "name": "lucene-index", "Indices": {} }""")!.AsObject())));
        Assert.Contains("Indices", shape.Message);
    }
}
