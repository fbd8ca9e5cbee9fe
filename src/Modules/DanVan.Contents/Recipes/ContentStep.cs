using System.Text.Json.Nodes;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Display;
using DanVan.Orchard.Recipes;

namespace DanVan.Contents.Recipes;

/// <summary>
/// <c>{"name":"content","data":[ content items in Orchard's shape ]}</c>. An item without an <c>Owner</c> is owned by the
/// tenant's first administrator (the <c>AdminUserId</c> parameter): an ownerless item would be nobody's to edit as their
/// own, and must never be everybody's. Orchard's menus become the site's main menu (<see cref="OrchardMenu"/>) and its
/// taxonomies the names of the items' tags and categories (<see cref="OrchardTaxonomies"/>).
/// </summary>
public sealed class ContentStep(IContentManager contents, ContentDefinitionManager definitions, MenuService menus) : IRecipeStepHandler
{
    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Step["data"] is not JsonArray data)
        {
            throw context.Error("data", "must be an array of content items");
        }

        var definition = await definitions.GetAsync(cancellationToken);
        var menu = new OrchardMenu(context);
        var taxonomies = new OrchardTaxonomies();
        var items = new List<(int Index, JsonObject Json)>();
        for (var i = 0; i < data.Count; i++)
        {
            if (data[i] is not JsonObject json)
            {
                throw context.Error($"data[{i}]", "a content item must be an object");
            }

            if (OrchardMenu.Is(json, definition))
            {
                menu.Add(json, $"data[{i}]");
            }
            else if (OrchardTaxonomies.Is(json, definition))
            {
                taxonomies.Add(json);
            }
            else
            {
                items.Add((i, json));
            }
        }

        var defaultOwner = context.Parameters.GetValueOrDefault("AdminUserId");
        foreach (var (i, json) in items)
        {
            taxonomies.Name(json);
            try
            {
                await contents.ImportAsync(ContentItemJsonConverter.FromJson(json), defaultOwner, cancellationToken);
            }
            catch (ContentFormatException e)
            {
                throw context.Error($"data[{i}].{e.Field}", e.Reason, e);
            }
        }

        if (await menu.BuildAsync(contents, cancellationToken) is { } entries)
        {
            await menus.SaveAsync(entries, cancellationToken);
        }
    }
}
