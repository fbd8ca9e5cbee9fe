using System.Text.Json.Nodes;
using DanVan.Orchard.Contents.Editors;
using DanVan.Orchard.Contents.Fields;
using DanVan.Orchard.Text;

namespace DanVan.Contents.Fields.Taxonomy;

/// <summary>Tag names separated by commas (duplicates, ignoring case, dropped).</summary>
public sealed class TaxonomyFieldEditor : SingleInputFieldEditor
{
    protected override string ViewName => "~/Fields/Taxonomy/TaxonomyField.Edit.cshtml";

    protected override string? Hint(ContentFieldEditorContext context) => "Các từ khóa cách nhau bằng dấu phẩy.";

    protected override string? Format(ContentFieldEditorContext context, JsonObject? value) =>
        value?["TagNames"] is JsonArray tags ? string.Join(", ", tags.Select(t => t?.GetValue<string>())) : null;

    protected override JsonObject? Parse(ContentFieldEditorContext context, string posted) => new()
    {
        ["TagNames"] = JsonShape.ToArray(posted.Split(',').Select(t => SafeText.Normalize(t).Trim()).Where(t => t.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)),
    };
}
