using System.Text.Json.Nodes;
using DanVan.Contents.Services;
using DanVan.Orchard.Contents.Editors;

namespace DanVan.Contents.Fields.Html;

/// <summary>The rich-text editor, as for the body.</summary>
public sealed class HtmlFieldEditor(HtmlContent html) : SingleInputFieldEditor
{
    protected override string ViewName => "~/Fields/Html/HtmlField.Edit.cshtml";

    protected override string? Format(ContentFieldEditorContext context, JsonObject? value) => value?["Html"]?.GetValue<string>();

    protected override JsonObject? Parse(ContentFieldEditorContext context, string posted) =>
        html.Check(posted) is { } reason ? context.Fail(reason) : new JsonObject { ["Html"] = posted };
}
