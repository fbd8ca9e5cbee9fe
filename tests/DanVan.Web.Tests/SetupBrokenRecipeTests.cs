using System.Net;

namespace DanVan.Web.Tests;

/// <summary>
/// The setup page, seen by anyone before the site is set up, names the recipe files it cannot use with a short reason:
/// a recipe's own error (line and position), never a system error's text with the server's paths.
/// </summary>
public sealed class SetupBrokenRecipeTests : IDisposable
{
    private readonly OrchardWebApplicationFactory _site = new();

    [Fact]
    public async Task Broken_recipe_files_are_listed_with_a_short_reason_and_no_server_path()
    {
        _site.AddRecipe("hong-json.recipe.json", """{ "name": "hong-json", "steps": [ """);
        File.CreateSymbolicLink(Path.Combine(_site.Recipes, "mat-tep.recipe.json"), Path.Combine(_site.Root, "khong-con", "tep.json"));

        var response = await _site.CreateClient().GetAsync("/setup");
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("hong-json.recipe.json", page);
        Assert.Matches("line \\d+, position \\d+", page);
        Assert.Contains("mat-tep.recipe.json", page);
        Assert.Contains("không đọc được tệp", page);
        Assert.DoesNotContain(_site.Root, page);
        Assert.Contains("province-portal", page);
    }

    public void Dispose() => _site.Dispose();
}
