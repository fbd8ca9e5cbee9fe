using DanVan.Orchard.Recipes;
using DanVan.Orchard.Tenancy;
using DanVan.Setup.Services;
using DanVan.Setup.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Setup.Controllers;

[SetupEndpoint]
public sealed class SetupController(ITenantSetupService setup, IRecipeHarvester recipes, SetupToken token) : Controller
{
    [HttpGet("/setup")]
    public async Task<IActionResult> Index(string? token, CancellationToken cancellationToken)
    {
        var model = new SetupViewModel { Token = token ?? string.Empty };
        await LoadRecipesAsync(model, cancellationToken);
        return View(model);
    }

    [HttpPost("/setup")]
    public async Task<IActionResult> Index(SetupViewModel model, CancellationToken cancellationToken)
    {
        await LoadRecipesAsync(model, cancellationToken);
        if (!token.Matches(model.Token))
        {
            ModelState.AddModelError(nameof(model.Token), "Mã cài đặt không đúng hoặc đã được dùng.");
        }

        if (!model.Recipes.Any(r => r.Name == model.RecipeName))
        {
            ModelState.AddModelError(nameof(model.RecipeName), "Chọn một recipe cài đặt trong danh sách.");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(model);
        }

        try
        {
            await setup.SetupAsync(
                TenantSettings.DefaultTenantName,
                new TenantSetupRequest([model.RecipeName], model.SiteName, model.AdminUserName, model.AdminEmail, model.AdminPassword) { Lenient = model.Lenient },
                cancellationToken);
        }
        catch (Exception e) when (e is TenantValidationException or TenantSetupException or RecipeException)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(model);
        }

        token.Spend();
        return Redirect(Url.Content("~/"));
    }

    private async Task LoadRecipesAsync(SetupViewModel model, CancellationToken cancellationToken)
    {
        var folder = await recipes.ReadFolderAsync(cancellationToken);
        model.Recipes = folder.Recipes
            .Where(r => r.IsSetupRecipe)
            .Select(r => (r.Name, r.DisplayName))
            .ToList();
        model.BrokenRecipes = folder.Broken;
    }
}
