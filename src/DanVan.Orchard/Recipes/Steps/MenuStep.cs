using System.Text.Json.Nodes;
using DanVan.Orchard.Display;
using DanVan.Orchard.Text;

namespace DanVan.Orchard.Recipes.Steps;

/// <summary><c>{"name":"Menu","Items":[{"Text":"Trang chủ","Url":"~/"},…]}</c>: replaces the tenant's main menu.</summary>
public sealed class MenuStep(MenuService menu) : IRecipeStepHandler
{
    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Step["Items"] is not JsonArray array)
        {
            throw context.Error("Items", "must be an array of {\"Text\",\"Url\"}");
        }

        var items = new List<MenuItem>();
        for (var i = 0; i < array.Count; i++)
        {
            var text = SafeText.Normalize(array[i]?["Text"]?.GetValue<string>() ?? string.Empty).Trim();
            var url = array[i]?["Url"]?.GetValue<string>()?.Trim() ?? string.Empty;
            var item = new MenuItem(text, url);
            if (MenuService.Validate(item) is { } reason)
            {
                throw context.Error($"Items[{i}]", reason);
            }

            items.Add(item);
        }

        await menu.SaveAsync(items, cancellationToken);
    }
}
