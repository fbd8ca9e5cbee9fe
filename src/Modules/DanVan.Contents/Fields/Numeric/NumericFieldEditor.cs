using System.Text.Json.Nodes;
using DanVan.Orchard.Contents.Editors;
using DanVan.Orchard.Contents.Fields;

namespace DanVan.Contents.Fields.Numeric;

/// <summary>A number input accepting a comma or a point as decimal separator.</summary>
public sealed class NumericFieldEditor : SingleInputFieldEditor
{
    protected override string ViewName => "~/Fields/Numeric/NumericField.Edit.cshtml";

    protected override string? Format(ContentFieldEditorContext context, JsonObject? value) => value?["Value"]?.ToJsonString();

    protected override JsonObject? Parse(ContentFieldEditorContext context, string posted) =>
        posted.Length == 0 ? new JsonObject { ["Value"] = null }
        : JsonShape.ParseNumber(posted) is { } number ? new JsonObject { ["Value"] = number }
        : context.Fail("phải là một số.");
}
