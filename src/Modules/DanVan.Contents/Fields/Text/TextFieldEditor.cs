using System.Text.Json.Nodes;
using DanVan.Orchard.Contents.Editors;

namespace DanVan.Contents.Fields.Text;

/// <summary>A line of text, or a text area when the definition's <c>Editor</c> setting is <c>TextArea</c>.</summary>
public sealed class TextFieldEditor : SingleInputFieldEditor
{
    protected override string ViewName => "~/Fields/Text/TextField.Edit.cshtml";

    protected override string? Format(ContentFieldEditorContext context, JsonObject? value) => value?["Text"]?.GetValue<string>();

    protected override JsonObject? Parse(ContentFieldEditorContext context, string posted) =>
        posted.Length > TextFieldHandler.MaxLength
            ? context.Fail($"tối đa {TextFieldHandler.MaxLength} ký tự (hiện có {posted.Length}).")
            : new JsonObject { ["Text"] = posted.Trim() };
}
