using System.Text.Json.Nodes;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Display;
using DanVan.Orchard.Recipes;
using DanVan.Orchard.Settings;

namespace DanVan.Contents.Recipes;

/// <summary>
/// <c>{"name":"content","data":[ content items in Orchard's shape ]}</c>. An item without an <c>Owner</c> is owned by the
/// tenant's first administrator (the <c>AdminUserId</c> parameter): an ownerless item would be nobody's to edit as their
/// own, and must never be everybody's. Orchard's menus become the site's main menu (<see cref="OrchardMenu"/>) and its
/// taxonomies the names of the items' tags and categories (<see cref="OrchardTaxonomies"/>); an item whose
/// <c>AutoroutePart</c> says <c>SetHomepage</c> becomes the home page.
/// </summary>
public sealed class ContentStep(IContentManager contents, ContentDefinitionManager definitions, MenuService menus, SiteService sites) : IRecipeStepHandler
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
        string? homePage = null;
        foreach (var (i, json) in items)
        {
            taxonomies.Name(json);
            try
            {
                var item = ContentItemJsonConverter.FromJson(json);
                await contents.ImportAsync(item, defaultOwner, cancellationToken);
                if (item.Published && item.Content["AutoroutePart"]?["SetHomepage"] is JsonValue home && home.TryGetValue<bool>(out var set) && set)
                {
                    homePage = item.ContentItemId;
                }
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

        if (homePage is not null)
        {
            // Orchard's "set as home page" on the item's path part: the site's HomeRoute names it (Agency's landing page).
            var site = (await sites.GetAsync(cancellationToken)).Clone();
            HomeRoute.Set(site, homePage);
            await sites.SaveAsync(site, cancellationToken);
        }
    }
}
