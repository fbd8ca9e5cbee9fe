using System.Net;

namespace DanVan.Web.Tests.Recipes;

/// <summary>
/// Orchard's plain settings set by a recipe are used: <c>PageSize</c> pages the readers' category and tag lists, and
/// <c>BaseUrl</c> is the address of the links that leave the site (sitemap, feeds, canonical links).
/// </summary>
public sealed class OrchardPlainSettingsTests : IDisposable
{
    private readonly OrchardWebApplicationFactory _site = new();

    [Fact]
    public async Task Page_size_pages_the_category_list_and_base_url_makes_the_sitemap_links()
    {
        _site.AddRecipe("plain-settings.recipe.json", Recipe);
        await _site.CreateAndSetupAsync("HoaAn", "hoa-an", "Ban Dân vận Huyện ủy Hòa An", "district-board", "plain-settings");
        var reader = _site.Client("/hoa-an");

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/chuyen-muc/tin-thu?trang=2")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/chuyen-muc/tin-thu?trang=3")).StatusCode);
        var sitemap = await reader.GetStringAsync("/sitemap.xml");
        Assert.Contains("<loc>https://hoaan.example.vn/tin-tuc/bai-mot</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("localhost", sitemap, StringComparison.Ordinal);
    }

    public void Dispose() => _site.Dispose();

    private const string Recipe = """
        {
          "name": "plain-settings",
          "steps": [
            { "name": "Settings", "PageSize": 1, "BaseUrl": "https://hoaan.example.vn/" },
            { "name": "Content", "data": [
              { "ContentType": "Article", "DisplayText": "Bài một", "Published": true, "Latest": true, "TitlePart": { "Title": "Bài một" },
                "AutoroutePart": { "Path": "tin-tuc/bai-mot" }, "HtmlBodyPart": { "Html": "<p>Một.</p>" },
                "Article": { "Summary": { "Text": "Một." }, "Category": { "Text": "Tin thử" } } },
              { "ContentType": "Article", "DisplayText": "Bài hai", "Published": true, "Latest": true, "TitlePart": { "Title": "Bài hai" },
                "AutoroutePart": { "Path": "tin-tuc/bai-hai" }, "HtmlBodyPart": { "Html": "<p>Hai.</p>" },
                "Article": { "Summary": { "Text": "Hai." }, "Category": { "Text": "Tin thử" } } } ] }
          ]
        }
        """;
}
