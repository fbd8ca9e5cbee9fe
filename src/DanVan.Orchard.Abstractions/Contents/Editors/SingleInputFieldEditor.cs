using System.Text.Json.Nodes;

namespace DanVan.Orchard.Contents.Editors;

/// <summary>A field edited through one input: the stored value shown as text, the posted text parsed back.</summary>
public abstract class SingleInputFieldEditor : IContentFieldEditor
{
    /// <summary>The editor's partial view, e.g. <c>~/Fields/Text/TextField.Edit.cshtml</c>; its model is a <see cref="FieldEditorModel"/>.</summary>
    protected abstract string ViewName { get; }

    /// <summary>The input's text for the stored value (null when there is none).</summary>
    protected abstract string? Format(ContentFieldEditorContext context, JsonObject? value);

    /// <summary>The value for the posted text, or <see cref="ContentFieldEditorContext.Fail"/>'s null.</summary>
    protected abstract JsonObject? Parse(ContentFieldEditorContext context, string posted);

    protected virtual string? Hint(ContentFieldEditorContext context) => context.Hint;

    public Task<ContentEditorShape> BuildEditorAsync(ContentFieldEditorContext context, CancellationToken cancellationToken) =>
        Task.FromResult(new ContentEditorShape(
            ViewName, new FieldEditorModel(context, Format(context, context.Value) ?? string.Empty), context.Name, Hint(context)));

    public Task<JsonObject?> ReadAsync(ContentFieldEditorContext context, CancellationToken cancellationToken) =>
        Task.FromResult(Parse(context, context.Posted()));
}
