using DanVan.Orchard.Display;
using DanVan.Orchard.Settings;

namespace DanVan.Orchard.Recipes.Steps;

/// <summary><c>{"name":"themes","site":"DanVan.Theme","admin":"…"}</c></summary>
public sealed class ThemesStep(SiteService sites, ThemeCatalog themes) : IRecipeStepHandler
{
    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var site = (await sites.GetAsync(cancellationToken)).Clone();
        if (context.GetString("site") is { Length: > 0 } siteTheme)
        {
            site.SiteTheme = Require(context, "site", siteTheme, admin: false);
        }

        if (context.GetString("admin") is { Length: > 0 } adminTheme)
        {
            site.AdminTheme = Require(context, "admin", adminTheme, admin: true);
        }

        await sites.SaveAsync(site, cancellationToken);
    }

    private string Require(RecipeStepContext context, string field, string id, bool admin)
    {
        var theme = themes.Find(id) ?? throw context.Error(field, $"there is no theme '{id}'");
        if (theme.IsAdminTheme != admin)
        {
            throw context.Error(field, admin ? $"'{id}' is not an admin theme" : $"'{id}' is an admin theme");
        }

        return theme.Id;
    }
}
