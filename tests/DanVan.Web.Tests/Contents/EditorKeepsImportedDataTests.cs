using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Contents.Parts;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Contents;

/// <summary>
/// An item imported in Orchard's shape (a recipe, an import) and then saved in the admin keeps what the edit form has
/// no input for: a part no type here has, a MediaField's anchors (each with its path), a TaxonomyField's term ids (those
/// of the tags kept) and an AutoroutePart's own settings.
/// </summary>
public sealed partial class EditorKeepsImportedDataTests : IClassFixture<EditorKeepsImportedDataTests.Site>
{
    private const string Id = "7c1d2c3b4a5e6f708192a3b4c5d6e7f8";
    private readonly Site _site;

    public EditorKeepsImportedDataTests(Site site) => _site = site;

    /// <summary>The portal (province-portal: Article with a MediaField and a TaxonomyField) with one imported article.</summary>
    public sealed class Site : OrchardWebApplicationFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            await Get<Orchard.Tenancy.TenantSetupService>().SetupAsync("Default", SetupRequest("province-portal"), CancellationToken.None);
            await InTenantAsync("Default", services => services.GetRequiredService<IContentManager>().ImportAsync(
                ContentItemJsonConverter.FromJson(JsonNode.Parse(Imported)!.AsObject()), CancellationToken.None));
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task Saving_in_the_admin_keeps_an_unknown_part_media_anchors_and_term_ids()
    {
        var admin = _site.Client(string.Empty);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword)).StatusCode);
        var form = await admin.GetStringAsync($"/admin/contents/{Id}/edit");

        var saved = await admin.PostFormAsync($"/admin/contents/{Id}/edit", $"/admin/contents/{Id}/edit", new()
        {
            ["Stamp"] = StampField().Match(form).Groups[1].Value,
            ["Title"] = "Khám phá không gian (đã sửa)",
            ["Path"] = "kham-pha",
            ["BodyHtml"] = "<p>Nội dung đã sửa.</p>",
            ["f.Article.Summary"] = "Tóm tắt.",
            ["f.Article.FeaturedImage"] = "anh/a.jpg\nanh/moi.jpg",
            ["f.Article.Tags"] = "Trái Đất, Không gian",
            ["submit"] = "publish",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        ContentItem? item = null;
        await _site.InTenantAsync("Default", async services =>
            item = (await services.GetRequiredService<IContentManager>().GetLatestVersionAsync(Id, CancellationToken.None))!.Item);
        Assert.Equal("Khám phá không gian (đã sửa)", item!.DisplayText);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{ "ListContentItemId": "blog1", "Order": 3 }"""), item.Content["ContainedPart"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""[ { "X": 0.2, "Y": 0.3 }, { "X": 0.5, "Y": 0.5 } ]"""), item.Field("Article", "FeaturedImage")!["Anchors"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""[ "term-earth", "term-space" ]"""), item.Field("Article", "Tags")!["TermContentItemIds"]));
        Assert.Equal("tags1", item.Field("Article", "Tags")!["TaxonomyContentItemId"]!.GetValue<string>());
        Assert.False(item.Content["AutoroutePart"]!["SetHomepage"]!.GetValue<bool>());
    }

    [GeneratedRegex("name=\"Stamp\" value=\"([0-9a-f]+)\"")]
    private static partial Regex StampField();

    private const string Imported = """
        {
          "ContentItemId": "7c1d2c3b4a5e6f708192a3b4c5d6e7f8", "ContentType": "Article", "DisplayText": "Khám phá không gian",
          "Latest": true, "Published": true,
          "TitlePart": { "Title": "Khám phá không gian" },
          "AutoroutePart": { "Path": "kham-pha", "SetHomepage": false },
          "HtmlBodyPart": { "Html": "<p>Nội dung.</p>" },
          "ContainedPart": { "ListContentItemId": "blog1", "Order": 3 },
          "Article": {
            "Summary": { "Text": "Tóm tắt." },
            "FeaturedImage": { "Paths": [ "anh/a.jpg", "anh/b.jpg" ], "MediaTexts": [ "", "" ], "Anchors": [ { "X": 0.2, "Y": 0.3 }, { "X": 0.9, "Y": 0.1 } ] },
            "Tags": { "TagNames": [ "Trái Đất", "Khám phá", "Không gian" ], "TermContentItemIds": [ "term-earth", "term-exploration", "term-space" ],
                      "TaxonomyContentItemId": "tags1" }
          }
        }
        """;
}
