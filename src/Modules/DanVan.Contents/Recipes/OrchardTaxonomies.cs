using System.Text.Json.Nodes;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Contents.Fields;
using DanVan.Orchard.Text;

namespace DanVan.Contents.Recipes;

/// <summary>
/// Orchard's taxonomies, content items of type <c>Taxonomy</c> whose <c>TaxonomyPart.Terms</c> are the categories or
/// tags (each a small content item with a display text). Here an item's tags and categories are the names in its
/// TaxonomyField (<c>TagNames</c>), which readers see, search indexes and the editor edits; so the terms are read for
/// their names and every TaxonomyField of the step that points at them by id gets those names (the ids are kept).
/// The taxonomy item itself is not stored: there is nothing here to show or edit it with.
/// </summary>
public sealed class OrchardTaxonomies
{
    private readonly Dictionary<string, string> _termNames = new(StringComparer.Ordinal);

    /// <summary>An Orchard taxonomy item, while the site defines no <c>Taxonomy</c> type of its own.</summary>
    public static bool Is(JsonObject item, ContentDefinitionDocument definition) =>
        String(item["ContentType"]) == "Taxonomy" && item["TaxonomyPart"] is JsonObject && definition.FindType("Taxonomy") is null;

    public void Add(JsonObject taxonomy)
    {
        if (taxonomy["TaxonomyPart"]?["Terms"] is not JsonArray terms)
        {
            return;
        }

        foreach (var term in terms.OfType<JsonObject>())
        {
            var id = String(term["ContentItemId"]);
            var name = String(term["DisplayText"]) ?? String(term["TitlePart"]?["Title"]);
            if (id is not null && !string.IsNullOrWhiteSpace(name))
            {
                _termNames[id] = SafeText.Normalize(name).Trim();
            }
        }
    }

    /// <summary>Gives each TaxonomyField of <paramref name="item"/> without names the names of the terms it picks.</summary>
    public void Name(JsonObject item)
    {
        if (_termNames.Count == 0)
        {
            return;
        }

        foreach (var field in item.Select(p => p.Value).OfType<JsonObject>().SelectMany(part => part.Select(f => f.Value)).OfType<JsonObject>())
        {
            if (field["TermContentItemIds"] is JsonArray && !JsonShape.Strings(field["TagNames"]).Any())
            {
                var names = JsonShape.Strings(field["TermContentItemIds"]).Select(id => _termNames.GetValueOrDefault(id)).OfType<string>().ToList();
                if (names.Count > 0)
                {
                    field["TagNames"] = JsonShape.ToArray(names);
                }
            }
        }
    }

    private static string? String(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
