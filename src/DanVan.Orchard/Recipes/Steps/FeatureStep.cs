using DanVan.Orchard.Modules;
using DanVan.Orchard.Tenancy;

namespace DanVan.Orchard.Recipes.Steps;

/// <summary>
/// <c>{"name":"feature","enable":[…],"disable":[…]}</c>. A feature for the portal only (Tenants) asked for by a district's
/// recipe (Orchard's SaaS enables its tenants feature) is refused, or skipped with a warning when the recipe runs leniently.
/// </summary>
public sealed class FeatureStep(FeatureManager features, FeatureCatalog catalog, TenantContext tenant) : IRecipeStepHandler
{
    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var enable = context.GetStringArray("enable");
        var disable = context.GetStringArray("disable");
        CheckKnown(context, "enable", enable);
        CheckKnown(context, "disable", disable);

        var allowed = new List<string>();
        for (var i = 0; i < enable.Count; i++)
        {
            if (!tenant.IsDefault && catalog.Find(enable[i])!.DefaultTenantOnly)
            {
                context.SkipOrThrow($"enable[{i}]", $"the feature '{enable[i]}' is for the provincial portal (the Default tenant) only");
                continue;
            }

            allowed.Add(enable[i]);
        }

        await features.DisableAsync(disable, cancellationToken);
        await features.EnableAsync(allowed, cancellationToken);
    }

    private void CheckKnown(RecipeStepContext context, string property, IReadOnlyList<string> ids)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (catalog.Find(ids[i]) is null)
            {
                throw context.Error($"{property}[{i}]", $"there is no feature '{ids[i]}'");
            }
        }
    }
}
