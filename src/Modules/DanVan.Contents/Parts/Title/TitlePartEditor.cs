using System.Text.Json.Nodes;
using DanVan.Contents.Services;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Contents.Editors;
using DanVan.Orchard.Contents.Parts;
using DanVan.Orchard.Text;

namespace DanVan.Contents.Parts.Title;

/// <summary>The title input (form name <c>Title</c>); required, at most 500 characters.</summary>
public sealed class TitlePartEditor : IContentPartEditor
{
    public const string InputName = "Title";

    public string? FormKey => InputName;

    public Task<ContentEditorShape> BuildEditorAsync(ContentEditorContext context, ContentTypePartDefinition typePart, CancellationToken cancellationToken) =>
        Task.FromResult(new ContentEditorShape(
            "~/Parts/Title/TitlePart.Edit.cshtml", context.Item.Part(typePart.Name)?["Title"]?.GetValue<string>() ?? string.Empty));

    public Task ReadAsync(ContentEditorContext context, ContentTypePartDefinition typePart, CancellationToken cancellationToken)
    {
        var title = SafeText.Normalize(context.Form[InputName].ToString()).Trim();
        if (title.Length == 0)
        {
            context.AddError(InputName, "Nhập tiêu đề.");
        }
        else if (title.Length > TitlePart.MaxLength)
        {
            context.AddError(InputName, $"Tiêu đề tối đa {TitlePart.MaxLength} ký tự (hiện có {title.Length}).");
        }

        EditedPart.Of(context.Item, typePart)["Title"] = title;
        context.Item.DisplayText = title;
        return Task.CompletedTask;
    }
}
