using System.Text.Json.Nodes;
using DanVan.Orchard.Contents.Editors;
using DanVan.Orchard.Contents.Fields;
using DanVan.Orchard.Text;

namespace DanVan.Contents.Fields.Taxonomy;

/// <summary>
/// Tag names separated by commas (duplicates, ignoring case, dropped). Orchard's term ids stored beside the names
/// (<c>TermContentItemIds</c>, from a recipe or an import) are kept for the names that stay.
/// </summary>
public sealed class TaxonomyFieldEditor : SingleInputFieldEditor
{
    protected override string ViewName => "~/Fields/Taxonomy/TaxonomyField.Edit.cshtml";

    protected override string? Hint(ContentFieldEditorContext context) => "Các từ khóa cách nhau bằng dấu phẩy.";

    protected override string? Format(ContentFieldEditorContext context, JsonObject? value) =>
        value?["TagNames"] is JsonArray tags ? string.Join(", ", tags.Select(t => t?.GetValue<string>())) : null;

    protected override JsonObject? Parse(ContentFieldEditorContext context, string posted)
    {
        var names = posted.Split(',').Select(t => SafeText.Normalize(t).Trim()).Where(t => t.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var value = new JsonObject { ["TagNames"] = JsonShape.ToArray(names) };
        if (context.Value?["TermContentItemIds"] is JsonArray)
        {
            value["TermContentItemIds"] = JsonShape.ToArray(KeptTermIds(context.Value, names));
        }

        return value;
    }

    /// <summary>The stored ids of the names still given: all of them when the names are unchanged, else those paired with a name.</summary>
    private static List<string> KeptTermIds(JsonObject stored, List<string> names)
    {
        var before = JsonShape.Strings(stored["TagNames"]).ToList();
        var ids = JsonShape.Strings(stored["TermContentItemIds"]).ToList();
        if (before.SequenceEqual(names, StringComparer.Ordinal))
        {
            return ids;
        }

        if (before.Count != ids.Count)
        {
            return []; // no telling which id was which name
        }

        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, id) in before.Zip(ids))
        {
            byName.TryAdd(name, id);
        }

        return names.Select(name => byName.GetValueOrDefault(name)).OfType<string>().ToList();
    }
}
