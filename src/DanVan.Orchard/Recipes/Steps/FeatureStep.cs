using DanVan.Orchard.Modules;

namespace DanVan.Orchard.Recipes.Steps;

/// <summary><c>{"name":"feature","enable":[…],"disable":[…]}</c></summary>
public sealed class FeatureStep(FeatureManager features, FeatureCatalog catalog) : IRecipeStepHandler
{
    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var enable = context.GetStringArray("enable");
        var disable = context.GetStringArray("disable");
        CheckKnown(context, "enable", enable);
        CheckKnown(context, "disable", disable);

        await features.DisableAsync(disable, cancellationToken);
        await features.EnableAsync(enable, cancellationToken);
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
