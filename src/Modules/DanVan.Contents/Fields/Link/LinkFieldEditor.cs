using System.Text.Json.Nodes;
using DanVan.Orchard.Contents.Editors;

namespace DanVan.Contents.Fields.Link;

/// <summary>Two inputs: the address (<c>f.Part.Field.Url</c>) and the text shown (<c>f.Part.Field.Text</c>).</summary>
public sealed class LinkFieldEditor : IContentFieldEditor
{
    public Task<ContentEditorShape> BuildEditorAsync(ContentFieldEditorContext context, CancellationToken cancellationToken) =>
        Task.FromResult(new ContentEditorShape(
            "~/Fields/Link/LinkField.Edit.cshtml",
            new LinkFieldEditorModel(context, context.Value?["Url"]?.GetValue<string>() ?? string.Empty, context.Value?["Text"]?.GetValue<string>() ?? string.Empty),
            context.Name,
            context.Hint));

    public Task<JsonObject?> ReadAsync(ContentFieldEditorContext context, CancellationToken cancellationToken)
    {
        var url = context.Posted(".Url").Trim();
        var text = context.Posted(".Text").Trim();
        var value = url.Length == 0 && text.Length > 0 ? context.Fail("nhập địa chỉ của liên kết.")
            : text.Length > 4000 ? context.Fail("chữ hiển thị tối đa 4000 ký tự.")
            : LinkUrl.Check(url) is { } reason ? context.Fail(reason)
            : new JsonObject { ["Url"] = url, ["Text"] = text };
        return Task.FromResult(value);
    }
}
