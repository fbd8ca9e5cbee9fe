using System.Text.Json.Nodes;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Contents;

/// <summary>
/// A type whose path pattern starts with a segment another route answers (<c>tin-tuc/…</c> on a type that is not the
/// Article) can give no item a path: it is refused when imported, and an item of such a type stored earlier gets a
/// clear error instead of a search for a free path that never ends.
/// </summary>
public sealed class ReservedPathPatternTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private const string Pattern = "tin-tuc/{{ ContentItem.DisplayText | slugify }}";

    [Fact]
    public async Task A_content_definition_whose_pattern_starts_with_another_routes_segment_is_refused_naming_the_field()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => site.InTenantAsync("TraLinh", services =>
            services.GetRequiredService<RecipeExecutor>().ExecuteAsync(Recipe(DefinitionStep("ThongCao")), new Dictionary<string, string?>(), services, CancellationToken.None)));

        Assert.Contains("AutoroutePartSettings.Pattern", error.Message);
        Assert.Contains("starts with 'tin-tuc'", error.Message);
        await site.InTenantAsync("TraLinh", async services =>
            Assert.Null((await services.GetRequiredService<ContentDefinitionManager>().GetAsync(CancellationToken.None)).ContentTypes.Find(t => t.Name == "ThongCao")));
    }

    [Fact]
    public async Task An_item_of_a_type_stored_with_such_a_pattern_earlier_gets_a_clear_error_not_an_endless_search()
    {
        await site.InTenantAsync("HoaAn", async services =>
        {
            // As an import made before the check would have left it.
            var definitions = services.GetRequiredService<ContentDefinitionManager>();
            var document = await definitions.GetAsync(CancellationToken.None);
            var type = (JsonObject)DefinitionStep("ThongBaoCu")["ContentTypes"]![0]!;
            document.ContentTypes.Add(System.Text.Json.JsonSerializer.Deserialize<ContentTypeDefinition>(type.ToJsonString(), DanVan.Orchard.Data.DocumentJson.SerializerOptions)!);
            await definitions.SaveAsync(document, CancellationToken.None);
        });

        var content = new JsonObject
        {
            ["name"] = "Content",
            ["data"] = new JsonArray(new JsonObject
            {
                ["ContentType"] = "ThongBaoCu", ["Latest"] = true, ["Published"] = true,
                ["TitlePart"] = new JsonObject { ["Title"] = "Thông báo lịch họp" },
            }),
        };
        var error = await Assert.ThrowsAnyAsync<Exception>(() => site.InTenantAsync("HoaAn", services =>
            services.GetRequiredService<RecipeExecutor>().ExecuteAsync(Recipe(content), new Dictionary<string, string?>(), services, CancellationToken.None))
            .WaitAsync(TimeSpan.FromSeconds(60)));

        Assert.IsNotType<TimeoutException>(error);
        Assert.Contains("starts with 'tin-tuc', which another route answers", error.Message);
    }

    private static JsonObject DefinitionStep(string typeName) => new()
    {
        ["name"] = "ContentDefinition",
        ["ContentTypes"] = new JsonArray(new JsonObject
        {
            ["Name"] = typeName,
            ["DisplayName"] = "Thông báo",
            ["Settings"] = new JsonObject(),
            ["ContentTypePartDefinitionRecords"] = new JsonArray(
                new JsonObject { ["PartName"] = "TitlePart", ["Name"] = "TitlePart", ["Settings"] = new JsonObject() },
                new JsonObject
                {
                    ["PartName"] = "AutoroutePart", ["Name"] = "AutoroutePart",
                    ["Settings"] = new JsonObject { ["AutoroutePartSettings"] = new JsonObject { ["Pattern"] = Pattern } },
                }),
        }),
    };

    private static RecipeDescriptor Recipe(JsonObject step) =>
        RecipeReader.Parse(new JsonObject { ["name"] = "thu", ["steps"] = new JsonArray(step) }.ToJsonString(), "thu.recipe.json");
}
