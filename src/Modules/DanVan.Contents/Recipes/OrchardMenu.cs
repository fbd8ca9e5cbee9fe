using System.Text.Json.Nodes;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Contents.Fields;
using DanVan.Orchard.Contents.Parts;
using DanVan.Orchard.Display;
using DanVan.Orchard.Recipes;
using DanVan.Orchard.Text;

namespace DanVan.Contents.Recipes;

/// <summary>
/// Orchard's menu, a content item of type <c>Menu</c> whose <c>MenuItemsListPart</c> holds <c>LinkMenuItem</c>s (a
/// name and a URL) and <c>ContentMenuItem</c>s (a name and a picked item), nested at will. Here the site has one flat
/// main menu: the entries become it in document order (nested ones after their parent), a picked item links to its
/// path once the step's items are stored. Kinds with no equivalent (HTML menu items…) are refused, or skipped leniently.
/// </summary>
public sealed class OrchardMenu(RecipeStepContext context)
{
    private readonly List<(string Field, string Text, string? Url, string? ContentItemId)> _entries = [];
    private bool _taken;

    /// <summary>An Orchard menu item, while the site defines no <c>Menu</c> type of its own.</summary>
    public static bool Is(JsonObject item, ContentDefinitionDocument definition) =>
        String(item["ContentType"]) == "Menu" && item["MenuItemsListPart"] is JsonObject && definition.FindType("Menu") is null;

    /// <summary>Reads the menu at <paramref name="field"/>; the site has one main menu, so a second one is not taken.</summary>
    public void Add(JsonObject menu, string field)
    {
        if (_taken)
        {
            context.SkipOrThrow(field, $"a second menu ('{menu["DisplayText"]}'): the site has one main menu");
            return;
        }

        _taken = true;
        Read(menu["MenuItemsListPart"]?["MenuItems"], $"{field}.MenuItemsListPart.MenuItems");
    }

    /// <summary>The entries, picked items resolved to their paths (one not published, or without a path, is left out).</summary>
    public async Task<IReadOnlyList<MenuItem>?> BuildAsync(IContentManager contents, CancellationToken cancellationToken)
    {
        if (!_taken)
        {
            return null;
        }

        var picked = _entries.Where(e => e.ContentItemId is not null).Select(e => e.ContentItemId!).ToList();
        var paths = (await contents.GetPublishedAsync(picked, cancellationToken))
            .ToDictionary(i => i.ContentItemId, i => AutoroutePart.Path(i), StringComparer.Ordinal);
        var items = new List<MenuItem>();
        foreach (var (field, text, url, id) in _entries)
        {
            var link = id is null ? url : paths.GetValueOrDefault(id) is { Length: > 0 } path ? "~/" + path : null;
            if (link is null)
            {
                context.SkipOrThrow(field, $"the menu's item '{id}' is not a published item with a path");
                continue;
            }

            var item = new MenuItem(text, link);
            if (MenuService.Validate(item) is { } reason)
            {
                context.SkipOrThrow(field, reason);
                continue;
            }

            items.Add(item);
        }

        return items;
    }

    private void Read(JsonNode? list, string field)
    {
        if (list is null)
        {
            return;
        }

        if (list is not JsonArray items)
        {
            throw context.Error(field, "must be an array of menu items");
        }

        for (var i = 0; i < items.Count; i++)
        {
            var where = $"{field}[{i}]";
            if (items[i] is not JsonObject item)
            {
                throw context.Error(where, "a menu item must be an object");
            }

            if (item["LinkMenuItemPart"] is JsonObject link)
            {
                _entries.Add((where, Text(link, item), String(link["Url"])?.Trim() ?? string.Empty, null));
            }
            else if (item["ContentMenuItemPart"] is JsonObject content)
            {
                var id = JsonShape.Strings(content["SelectedContentItem"]?["ContentItemIds"]).FirstOrDefault();
                if (id is null)
                {
                    context.SkipOrThrow(where, "a content menu item without a picked item");
                }
                else
                {
                    _entries.Add((where, Text(content, item), null, id));
                }
            }
            else
            {
                context.SkipOrThrow(where, $"menu item kind '{item["ContentType"]}' has no equivalent here (links and content items do)");
            }

            Read(item["MenuItemsListPart"]?["MenuItems"], $"{where}.MenuItemsListPart.MenuItems");
        }
    }

    private static string Text(JsonObject part, JsonObject item) =>
        SafeText.Normalize(String(part["Name"]) is { Length: > 0 } name ? name : String(item["DisplayText"]) ?? string.Empty).Trim();

    private static string? String(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
