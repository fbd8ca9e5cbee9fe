using DanVan.Orchard.Recipes;
using DanVan.Orchard.Settings;
using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Recipes;

/// <summary>
/// Orchard Core's own setup recipes, unchanged (read from ../shared/reference/orchard-recipes at test time and copied
/// into the test's temporary recipes folder only), set up a tenant with --lenient; strict, they are refused with every
/// unknown item named and nothing made.
/// </summary>
public sealed class OrchardRecipeCompatibilityTests : IDisposable
{
    private readonly OrchardWebApplicationFactory _site;

    public OrchardRecipeCompatibilityTests()
    {
        _site = new OrchardWebApplicationFactory();
        OrchardReferenceRecipes.AddTo(_site, "blank.recipe.json", "blog.recipe.json");
    }

    [Fact]
    public async Task Strict_setup_names_every_unknown_item_and_leaves_the_tenant_untouched()
    {
        await _site.Get<TenantManager>().CreateAsync(new CreateTenantRequest("OrchardBlog", "Orchard blog", "orchard-blog", null, "Blog"), CancellationToken.None);

        var error = await Assert.ThrowsAsync<RecipeException>(() =>
            _site.Get<TenantSetupService>().SetupAsync("OrchardBlog", OrchardWebApplicationFactory.SetupRequest("Blog"), CancellationToken.None));

        Assert.Contains("unknown feature 'OrchardCore.Diagnostics'", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown feature 'SafeMode'", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown step 'layers'", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown step 'MediaProfiles'", error.Message, StringComparison.Ordinal);
        Assert.Equal(TenantState.Uninitialized, (await _site.Get<TenantManager>().FindAsync("OrchardBlog", CancellationToken.None))!.State);
    }

    [Fact]
    public async Task Orchard_blank_sets_up_leniently_named_from_setup()
    {
        await _site.Get<TenantManager>().CreateAsync(new CreateTenantRequest("OrchardBlank", null, "orchard-blank", null, "Blank"), CancellationToken.None);

        var tenant = await _site.Get<TenantSetupService>().SetupAsync("OrchardBlank",
            new TenantSetupRequest(["Blank"], "Trang trắng Orchard", "admin", "admin@example.vn", OrchardWebApplicationFactory.AdminPassword) { Lenient = true },
            CancellationToken.None);

        Assert.Equal(TenantState.Running, tenant.State);
        await _site.InTenantAsync("OrchardBlank", async services =>
            Assert.Equal("Trang trắng Orchard", (await services.GetRequiredService<SiteService>().GetAsync(CancellationToken.None)).SiteName));
    }

    [Fact]
    public async Task Cli_refuses_without_lenient_leaving_no_tenant_and_warns_per_item_with_it()
    {
        string[] create = ["tenants", "create", "--name", "OrchardCli", "--prefix", "orchard-cli", "--recipe", "Blank",
            "--admin-email", "admin@example.vn", "--admin-password", OrchardWebApplicationFactory.AdminPassword];

        var strict = await HostCli.RunAsync(_site, create);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("unknown feature 'OrchardCore.Diagnostics'", strict.Error, StringComparison.Ordinal);
        Assert.Null(await _site.Get<TenantManager>().FindAsync("OrchardCli", CancellationToken.None));

        var lenient = await HostCli.RunAsync(_site, [.. create, "--lenient"]);
        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains("warning: Recipe 'Blank', step 0 (feature), enable[2]: unknown feature 'OrchardCore.Diagnostics': skipped", lenient.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_recipe_file_is_listed_with_its_reason_and_blocks_no_other()
    {
        _site.AddRecipe("aaa-broken.recipe.json", """{ "name": "broken", "categories": [ 1 ], "steps": [] }""");
        _site.AddRecipe("zzz-not-json.recipe.json", "{ nope");
        var harvester = _site.Get<IRecipeHarvester>();

        var broken = await harvester.GetBrokenAsync(CancellationToken.None);

        Assert.Equal(["aaa-broken.recipe.json", "zzz-not-json.recipe.json"], broken.Select(b => b.FileName));
        Assert.Contains("'categories': must be an array of strings", broken[0].Reason, StringComparison.Ordinal);
        Assert.Contains("invalid JSON", broken[1].Reason, StringComparison.Ordinal);
        Assert.Contains(await harvester.GetAllAsync(CancellationToken.None), r => r.Name == "Blog");
        var setupPage = await _site.CreateClient().GetStringAsync("/setup");
        Assert.Contains("zzz-not-json.recipe.json", setupPage, StringComparison.Ordinal);
    }

    public void Dispose() => _site.Dispose();
}
