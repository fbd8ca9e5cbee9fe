using System.Text.Json.Nodes;
using DanVan.Orchard.Contents.Editors;

namespace DanVan.Contents.Fields.Boolean;

/// <summary>A checkbox (posting "true" when checked).</summary>
public sealed class BooleanFieldEditor : SingleInputFieldEditor
{
    protected override string ViewName => "~/Fields/Boolean/BooleanField.Edit.cshtml";

    protected override string? Format(ContentFieldEditorContext context, JsonObject? value) =>
        value?["Value"]?.GetValue<bool>() == true ? "true" : null;

    protected override JsonObject? Parse(ContentFieldEditorContext context, string posted) =>
        new() { ["Value"] = posted.Split(',').Contains("true") };
}
