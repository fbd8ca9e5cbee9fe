using System.Text.Json.Nodes;
using DanVan.Contents.Services;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Contents.Editors;

namespace DanVan.Contents.Parts.HtmlBody;

/// <summary>The body's rich-text editor (form name <c>BodyHtml</c>); required when the type part's <c>HtmlBodyPartSettings.Required</c> is true.</summary>
public sealed class HtmlBodyPartEditor(HtmlContent html) : IContentPartEditor
{
    public const string InputName = "BodyHtml";

    public string? FormKey => InputName;

    public Task<ContentEditorShape> BuildEditorAsync(ContentEditorContext context, ContentTypePartDefinition typePart, CancellationToken cancellationToken) =>
        Task.FromResult(new ContentEditorShape(
            "~/Parts/HtmlBody/HtmlBodyPart.Edit.cshtml",
            new HtmlBodyEditorModel(context.Item.Part(typePart.Name)?["Html"]?.GetValue<string>() ?? string.Empty, IsRequired(typePart))));

    public Task ReadAsync(ContentEditorContext context, ContentTypePartDefinition typePart, CancellationToken cancellationToken)
    {
        var body = context.Form[InputName].ToString();
        if (html.Check(body) is { } reason)
        {
            // Refused before the sanitizer parses it (deep nesting costs the square of its depth); the form shows it
            // again for the editor to shorten or simplify.
            context.AddError(InputName, reason);
        }
        else if (IsRequired(typePart) && string.IsNullOrWhiteSpace(HtmlContent.Text(body)))
        {
            context.AddError(InputName, "Nhập nội dung bài.");
        }

        EditedPart.Of(context.Item, typePart)["Html"] = body;
        return Task.CompletedTask;
    }

    private static bool IsRequired(ContentTypePartDefinition typePart) =>
        typePart.Settings["HtmlBodyPartSettings"]?["Required"] is JsonValue value && value.TryGetValue<bool>(out var required) && required;
}
