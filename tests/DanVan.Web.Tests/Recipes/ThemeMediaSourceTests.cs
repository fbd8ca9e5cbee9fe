using DanVan.Orchard.Media;
using DanVan.Orchard.Recipes;
using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Recipes;

/// <summary>
/// A media step's SourcePath is found beside the recipe, then in a theme's wwwroot (Orchard's "../wwwroot/…" and
/// "../&lt;Theme&gt;/wwwroot/…"); a path leading anywhere else is refused with the step and the path named, also leniently.
/// </summary>
public sealed class ThemeMediaSourceTests(ThemeMediaSourceTests.Site site) : IClassFixture<ThemeMediaSourceTests.Site>
{
    private static readonly string[] Written = ["giao-dien/orchard.svg", "giao-dien/theo-ten.svg", "giao-dien/tuong-doi.svg"];

    public sealed class Site : OrchardWebApplicationFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            AddRecipe("theme-media.recipe.json", """
                { "name": "theme-media", "steps": [ { "name": "media", "Files": [
                  { "TargetPath": "giao-dien/orchard.svg", "SourcePath": "../wwwroot/images/banner.svg" },
                  { "TargetPath": "giao-dien/theo-ten.svg", "SourcePath": "../DanVan.Theme/wwwroot/images/banner.svg" },
                  { "TargetPath": "giao-dien/tuong-doi.svg", "SourcePath": "images/banner.svg" } ] } ] }
                """);
            AddRecipe("escape-up.recipe.json", Escaping("escape-up", "../wwwroot/../../DanVan.Theme.csproj"));
            AddRecipe("escape-far.recipe.json", Escaping("escape-far", "../../../../../../etc/passwd"));
            AddRecipe("escape-absolute.recipe.json", Escaping("escape-absolute", "/etc/passwd"));
            _ = Server;
            await Get<TenantSetupService>().SetupAsync("Default", SetupRequest("province-portal"), CancellationToken.None);
            await CreateAndSetupAsync("AnhGiaoDien", "anh-giao-dien", "Ban Dân vận thử ảnh giao diện", "district-board");
            await CreateAndSetupAsync("AnhGiaoDienCli", "anh-giao-dien-cli", "Ban Dân vận thử ảnh giao diện (dòng lệnh)", "district-board");
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

        private static string Escaping(string name, string source) => $$"""
            { "name": "{{name}}", "steps": [ { "name": "media", "Files": [ { "TargetPath": "lot/ra.txt", "SourcePath": "{{source}}" } ] } ] }
            """;
    }

    [Fact]
    public async Task A_theme_image_is_taken_from_the_themes_wwwroot_by_orchards_paths_and_by_a_plain_one()
    {
        await site.Get<TenantSetupService>().RunRecipeAsync("AnhGiaoDien", "theme-media", CancellationToken.None);

        var expected = await File.ReadAllBytesAsync(Path.Combine(OrchardWebApplicationFactory.RepositoryFolder("themes"), "DanVan.Theme", "wwwroot", "images", "banner.svg"));
        await site.InTenantAsync("AnhGiaoDien", async services =>
        {
            var store = services.GetRequiredService<IMediaStore>();
            foreach (var path in Written)
            {
                await using var stored = await store.OpenReadAsync("AnhGiaoDien", path, CancellationToken.None);
                Assert.NotNull(stored);
                using var copy = new MemoryStream();
                await stored.CopyToAsync(copy);
                Assert.Equal(expected, copy.ToArray());
            }
        });
    }

    [Fact]
    public async Task The_cli_finds_a_theme_image_too()
    {
        var cli = await HostCli.RunAsync(site, "tenants", "run-recipe", "--name", "AnhGiaoDienCli", "--recipe", "theme-media");

        Assert.True(cli.ExitCode == 0, cli.Error);
        await site.InTenantAsync("AnhGiaoDienCli", async services =>
            Assert.NotNull(await services.GetRequiredService<IMediaStore>().GetFileAsync("AnhGiaoDienCli", "giao-dien/orchard.svg", CancellationToken.None)));
    }

    [Theory]
    [InlineData("escape-up", "../wwwroot/../../DanVan.Theme.csproj")]
    [InlineData("escape-far", "../../../../../../etc/passwd")]
    [InlineData("escape-absolute", "/etc/passwd")]
    public async Task A_source_leading_out_of_the_recipe_and_the_themes_is_refused_naming_the_step_and_path_also_leniently(string recipe, string source)
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => site.Get<TenantSetupService>().RunRecipeAsync("AnhGiaoDien", recipe, CancellationToken.None, lenient: true));

        Assert.Contains("step 0 (media)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Files[0].SourcePath", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{source}'", error.Message, StringComparison.Ordinal);
        await site.InTenantAsync("AnhGiaoDien", async services =>
            Assert.Null(await services.GetRequiredService<IMediaStore>().GetFileAsync("AnhGiaoDien", "lot/ra.txt", CancellationToken.None)));
    }
}
