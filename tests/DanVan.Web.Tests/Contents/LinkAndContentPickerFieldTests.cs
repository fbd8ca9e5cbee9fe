using System.Net;
using System.Text.Json.Nodes;
using DanVan.Orchard.Contents.Parts;
using DanVan.Orchard.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Contents;

/// <summary>LinkField and ContentPickerField, added through the part and field contract only: recipes, the edit form, validation.</summary>
public sealed class LinkAndContentPickerFieldTests(ContentFieldsSite site) : IClassFixture<ContentFieldsSite>
{
    private const string Create = "/admin/contents/create/Resource";

    private static readonly Dictionary<string, string?> NoParameters = [];

    [Fact]
    public async Task A_recipe_defines_and_fills_the_two_field_types_and_the_edit_form_shows_them()
    {
        var item = await site.LatestAsync(ContentFieldsSite.ResourceId);
        Assert.Equal("https://binhlam.example.vn", item.Field("Resource", "Website")!["Url"]!.GetValue<string>());
        Assert.Equal(ContentFieldsSite.ArticleId, item.Field("Resource", "Related")!["ContentItemIds"]![0]!.GetValue<string>());

        var admin = await AdminAsync();
        var page = await admin.GetStringAsync($"/admin/contents/{ContentFieldsSite.ResourceId}/edit");
        Assert.Contains("name=\"f.Resource.Website.Url\" value=\"https://binhlam.example.vn\"", page);
        Assert.Contains("name=\"f.Resource.Website.Text\" value=\"Cổng tỉnh Bình Lâm\"", page);
        Assert.Matches($"<option value=\"{ContentFieldsSite.ArticleId}\" selected=\"selected\">Bài để chọn</option>", page);
        Assert.Contains("<select id=\"f_Resource_Related\" name=\"f.Resource.Related\" multiple=\"multiple\"", page);
    }

    [Fact]
    public async Task The_edit_form_stores_a_link_and_several_picked_articles_in_orchards_shape()
    {
        var admin = await AdminAsync();
        var articles = await PublishedArticleIdsAsync();
        var saved = await admin.PostFormAsync(Create, Create, Form(
            ("Title", "Tài liệu có liên kết"), ("f.Resource.Website.Url", "/tin-tuc/bai-de-chon"), ("f.Resource.Website.Text", "Xem bài"),
            ("f.Resource.Related", articles[0]), ("f.Resource.Related", articles[1]), ("f.Resource.Lead", articles[0])));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var item = await site.LatestAsync(TenantClient.Location(saved).Split('/')[^2]);
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["Url"] = "/tin-tuc/bai-de-chon", ["Text"] = "Xem bài" }, item.Field("Resource", "Website")));
        Assert.True(JsonNode.DeepEquals(new JsonArray(articles[0], articles[1]), item.Field("Resource", "Related")!["ContentItemIds"]));
        Assert.True(JsonNode.DeepEquals(new JsonArray(articles[0]), item.Field("Resource", "Lead")!["ContentItemIds"]));
    }

    [Theory]
    [InlineData("javascript:alert(1)", "Trang web: chỉ chấp nhận địa chỉ http://, https://, mailto:, tel:")]
    [InlineData("data:text/html,hi", "Trang web: chỉ chấp nhận địa chỉ")]
    [InlineData("//evil.example/x", "Trang web: địa chỉ phải bắt đầu bằng http:// hoặc https://.")]
    [InlineData("https://", "Trang web: địa chỉ web không hợp lệ.")]
    public async Task An_unsafe_link_address_is_refused_with_a_message_next_to_the_field(string url, string message)
    {
        var response = await (await AdminAsync()).PostFormAsync(Create, Create, Form(("Title", "Liên kết xấu"), ("f.Resource.Website.Url", url)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        var shown = System.Text.RegularExpressions.Regex.Match(page, "data-error-for=\"f.Resource.Website\"[^>]*>([^<]*)<");
        Assert.StartsWith(message, WebUtility.HtmlDecode(shown.Groups[1].Value));
    }

    [Theory]
    [InlineData("mailto:bandanvan@example.vn")]
    [InlineData("tel:+842063852000")]
    [InlineData("http://binhlam.example.vn/lien-he?muc=2#ban")]
    [InlineData("#muc-2")]
    public async Task Mail_phone_web_and_in_page_addresses_are_accepted(string url)
    {
        var saved = await (await AdminAsync()).PostFormAsync(Create, Create, Form(("Title", "Liên kết " + url), ("f.Resource.Website.Url", url)));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    [Fact]
    public async Task A_picked_id_that_is_not_an_item_of_the_allowed_types_is_refused()
    {
        var admin = await AdminAsync();
        var unknown = await admin.PostFormAsync(Create, Create, Form(("Title", "Chọn sai"), ("f.Resource.Related", "khong-co-bai-nay")));
        var wrongType = await admin.PostFormAsync(Create, Create, Form(("Title", "Chọn sai kiểu"), ("f.Resource.Related", ContentFieldsSite.ResourceId)));
        var articles = await PublishedArticleIdsAsync();
        var twoForOne = await admin.PostFormAsync(Create, Create, Form(("Title", "Chọn hai"), ("f.Resource.Lead", articles[0]), ("f.Resource.Lead", articles[1])));

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Bài liên quan: không có nội dung “khong-co-bai-nay” để chọn.", WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, twoForOne.StatusCode);
        Assert.Contains("Bài chính: chỉ chọn một mục.", WebUtility.HtmlDecode(await twoForOne.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_recipe_item_with_an_unsafe_link_or_two_ids_in_a_single_picker_is_refused_naming_the_field()
    {
        var badLink = await RunContentStepAsync(new JsonObject { ["Website"] = new JsonObject { ["Url"] = "javascript:alert(1)" } });
        var twoLeads = await RunContentStepAsync(new JsonObject { ["Lead"] = new JsonObject { ["ContentItemIds"] = new JsonArray("a", "b") } });

        Assert.Contains("Resource.Website", badLink);
        Assert.Contains("Resource.Lead", twoLeads);
    }

    [Fact]
    public async Task A_content_definition_with_a_field_type_no_module_registers_is_refused()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => site.InTenantAsync("HoaAn", services =>
            services.GetRequiredService<RecipeExecutor>().ExecuteAsync(
                Recipe(ContentFieldsSite.ContentDefinitionStep("WebsiteField")), NoParameters, services, CancellationToken.None)));

        Assert.Contains("unknown field type 'WebsiteField'", error.Message);
        Assert.Contains("LinkField", error.Message);
    }

    [Fact]
    public async Task The_registrations_of_the_contents_module_belong_to_its_feature()
    {
        var registrations = site.Services.GetServices<ContentElementRegistration>().ToList();

        Assert.Contains(registrations, r => r.Kind == ContentElementKind.Field && r.Name == "LinkField" && r.FeatureId == "DanVan.Contents");
        Assert.All(registrations, r => Assert.Equal("DanVan.Contents", r.FeatureId));
    }

    [Fact]
    public async Task The_index_text_of_an_item_has_the_words_its_parts_and_fields_give()
    {
        var text = string.Empty;
        var item = await site.LatestAsync(ContentFieldsSite.ResourceId);
        await site.InTenantAsync("HoaAn", async services =>
            text = await services.GetRequiredService<ContentIndexText>().BuildAsync(item, CancellationToken.None));

        Assert.Contains("Cổng thông tin tỉnh", text);
        Assert.Contains("Cổng tỉnh Bình Lâm", text);
    }

    private async Task<string> RunContentStepAsync(JsonObject resourcePart)
    {
        var step = new JsonObject
        {
            ["name"] = "Content",
            ["data"] = new JsonArray(new JsonObject
            {
                ["ContentType"] = "Resource", ["Latest"] = true,
                ["TitlePart"] = new JsonObject { ["Title"] = "Từ recipe" }, ["Resource"] = resourcePart,
            }),
        };
        var error = await Assert.ThrowsAnyAsync<Exception>(() => site.InTenantAsync("HoaAn", services =>
            services.GetRequiredService<RecipeExecutor>().ExecuteAsync(Recipe(step), NoParameters, services, CancellationToken.None)));
        return error.Message;
    }

    private static RecipeDescriptor Recipe(JsonObject step) =>
        RecipeReader.Parse(new JsonObject { ["name"] = "thu", ["steps"] = new JsonArray(step) }.ToJsonString(), "thu.recipe.json");

    private async Task<string[]> PublishedArticleIdsAsync()
    {
        var ids = Array.Empty<string>();
        await site.InTenantAsync("HoaAn", async services =>
            ids = (await services.GetRequiredService<Orchard.Contents.IContentManager>().ListPublishedAsync("Article", 0, 2, CancellationToken.None))
                .Select(i => i.ContentItemId).ToArray());
        Assert.Equal(2, ids.Length);
        return ids;
    }

    private async Task<TenantClient> AdminAsync()
    {
        var client = site.Client("/hoa-an");
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword)).StatusCode);
        return client;
    }

    private static List<KeyValuePair<string, string>> Form(params (string Name, string Value)[] fields) =>
        [.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), new("submit", "draft")];
}
