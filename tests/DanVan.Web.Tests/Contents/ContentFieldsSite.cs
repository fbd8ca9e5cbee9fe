using System.Text.Json.Nodes;
using DanVan.Orchard.Contents;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Contents;

/// <summary>
/// HoaAn (district-board, sample-content) plus a recipe defining a “Resource” type whose part has the two field types
/// added through the part and field contract: a LinkField and ContentPickerFields (one multiple, of articles; one single).
/// </summary>
public sealed class ContentFieldsSite : OrchardWebApplicationFactory, IAsyncLifetime
{
    public const string ArticleId = "4f1d2c3b4a5e6f708192a3b4c5d6e7f8";
    public const string ResourceId = "5a1d2c3b4a5e6f708192a3b4c5d6e7f8";

    public async Task InitializeAsync()
    {
        AddRecipe("content-fields.recipe.json", Recipe);
        await Get<Orchard.Tenancy.TenantSetupService>().SetupAsync("Default", SetupRequest("province-portal"), CancellationToken.None);
        await CreateAndSetupAsync("HoaAn", "hoa-an", "Ban Dân vận Huyện ủy Hòa An", "district-board", "sample-content", "content-fields");
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public async Task<ContentItem> LatestAsync(string id)
    {
        ContentItem? item = null;
        await InTenantAsync("HoaAn", async services =>
            item = (await services.GetRequiredService<IContentManager>().GetLatestVersionAsync(id, CancellationToken.None))?.Item);
        return item ?? throw new InvalidOperationException($"No item {id}.");
    }

    public static JsonObject ContentDefinitionStep(string linkFieldType = "LinkField") => new()
    {
        ["name"] = "ContentDefinition",
        ["ContentTypes"] = new JsonArray(new JsonObject
        {
            ["Name"] = "Resource",
            ["DisplayName"] = "Tài liệu tham khảo",
            ["ContentTypePartDefinitionRecords"] = new JsonArray(
                new JsonObject { ["PartName"] = "TitlePart", ["Name"] = "TitlePart", ["Settings"] = Position(0) },
                new JsonObject { ["PartName"] = "Resource", ["Name"] = "Resource", ["Settings"] = Position(1) }),
        }),
        ["ContentParts"] = new JsonArray(new JsonObject
        {
            ["Name"] = "Resource",
            ["ContentPartFieldDefinitionRecords"] = new JsonArray(
                Field(linkFieldType, "Website", "Trang web", 0, null),
                Field("ContentPickerField", "Related", "Bài liên quan", 1,
                    new JsonObject { ["DisplayedContentTypes"] = new JsonArray("Article"), ["Multiple"] = true }),
                Field("ContentPickerField", "Lead", "Bài chính", 2, new JsonObject { ["Multiple"] = false })),
        }),
    };

    private static string Recipe => new JsonObject
    {
        ["name"] = "content-fields",
        ["displayName"] = "Trường liên kết và chọn nội dung (thử)",
        ["steps"] = new JsonArray(ContentDefinitionStep(), new JsonObject
        {
            ["name"] = "Content",
            ["data"] = new JsonArray(
                new JsonObject
                {
                    ["ContentItemId"] = ArticleId, ["ContentItemVersionId"] = ArticleId + "v", ["ContentType"] = "Article",
                    ["Published"] = true, ["Latest"] = true,
                    ["TitlePart"] = new JsonObject { ["Title"] = "Bài để chọn" },
                    ["HtmlBodyPart"] = new JsonObject { ["Html"] = "<p>Nội dung bài để chọn.</p>" },
                },
                new JsonObject
                {
                    ["ContentItemId"] = ResourceId, ["ContentItemVersionId"] = ResourceId + "v", ["ContentType"] = "Resource",
                    ["Published"] = true, ["Latest"] = true,
                    ["TitlePart"] = new JsonObject { ["Title"] = "Cổng thông tin tỉnh" },
                    ["Resource"] = new JsonObject
                    {
                        ["Website"] = new JsonObject { ["Url"] = "https://binhlam.example.vn", ["Text"] = "Cổng tỉnh Bình Lâm" },
                        ["Related"] = new JsonObject { ["ContentItemIds"] = new JsonArray(ArticleId) },
                    },
                }),
        }),
    }.ToJsonString();

    private static JsonObject Position(int position) => new() { ["ContentTypePartSettings"] = new JsonObject { ["Position"] = position.ToString(System.Globalization.CultureInfo.InvariantCulture) } };

    private static JsonObject Field(string type, string name, string displayName, int position, JsonObject? pickerSettings)
    {
        var settings = new JsonObject
        {
            ["ContentPartFieldSettings"] = new JsonObject { ["DisplayName"] = displayName, ["Position"] = position.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        if (pickerSettings is not null)
        {
            settings["ContentPickerFieldSettings"] = pickerSettings;
        }

        return new JsonObject { ["FieldName"] = type, ["Name"] = name, ["Settings"] = settings };
    }
}
