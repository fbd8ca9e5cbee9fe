using DanVan.Orchard.Recipes;
using DanVan.Orchard.Tenancy;

namespace DanVan.Web.Tests.Hardening;

/// <summary>One unreadable file in the recipes folder must not stop the setup of every other tenant.</summary>
public sealed class BrokenRecipeFileTests : IDisposable
{
    private readonly OrchardWebApplicationFactory _site = new();

    [Fact]
    public async Task A_broken_recipe_file_fails_only_when_it_is_asked_for()
    {
        _site.AddRecipe("hong.recipe.json", """{ "name": "hong", "steps": [ 7 ] }""");

        await _site.Get<TenantSetupService>().SetupAsync("Default", OrchardWebApplicationFactory.SetupRequest("province-portal"), CancellationToken.None);
        var recipes = await _site.Get<RecipeHarvester>().GetAllAsync(CancellationToken.None);
        var error = await Assert.ThrowsAsync<RecipeException>(() => _site.Get<RecipeHarvester>().FindAsync("hong", CancellationToken.None));

        Assert.Equal(TenantState.Running, (await _site.Get<TenantManager>().FindAsync("Default", CancellationToken.None))!.State);
        Assert.DoesNotContain(recipes, r => r.Name == "hong");
        Assert.Contains(recipes, r => r.Name == "district-board");
        Assert.StartsWith("Recipe 'hong', step 0", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _site.Dispose();
}
