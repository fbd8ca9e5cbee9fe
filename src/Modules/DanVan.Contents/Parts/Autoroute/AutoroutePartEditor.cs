using System.Text.Json.Nodes;
using DanVan.Contents.Services;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Contents.Editors;
using DanVan.Orchard.Text;

namespace DanVan.Contents.Parts.Autoroute;

/// <summary>The path input (form name <c>Path</c>); empty means “from the title”. A changed path must be free and not reserved.</summary>
public sealed class AutoroutePartEditor(IContentManager contents, ContentPathRules rules) : IContentPartEditor
{
    public const string InputName = "Path";

    public string? FormKey => InputName;

    public Task<ContentEditorShape> BuildEditorAsync(ContentEditorContext context, ContentTypePartDefinition typePart, CancellationToken cancellationToken) =>
        Task.FromResult(new ContentEditorShape("~/Parts/Autoroute/AutoroutePart.Edit.cshtml", PathOf(context, typePart) ?? string.Empty));

    public async Task ReadAsync(ContentEditorContext context, ContentTypePartDefinition typePart, CancellationToken cancellationToken)
    {
        var path = context.Posted(InputName).Trim().Trim('/').ToLowerInvariant();
        if (path.Length > 0 && path != PathOf(context, typePart))
        {
            var first = path.Split('/')[0];
            if (path.Split('/').Any(s => s != Slugifier.Slugify(s)))
            {
                context.AddError(InputName, "Đường dẫn chỉ gồm chữ thường không dấu a-z, chữ số và dấu '-', các phần cách nhau bởi '/'.");
            }
            else if (rules.ReservedSegment(path, context.Item.ContentType) is not null)
            {
                context.AddError(InputName, $"“{first}” là đường dẫn dành riêng của hệ thống; hãy chọn đường dẫn khác.");
            }
            else if (await contents.IsPathTakenAsync(path, context.Item.ContentItemId, cancellationToken))
            {
                context.AddError(InputName, $"Đường dẫn “{path}” đã được dùng cho nội dung khác.");
            }
        }

        EditedPart.Of(context.Item, typePart)["Path"] = path.Length == 0 ? null : path;
    }

    /// <summary>The stored path (before the form is read: the path the item had).</summary>
    private static string? PathOf(ContentEditorContext context, ContentTypePartDefinition typePart) =>
        context.Item.Part(typePart.Name)?["Path"]?.GetValue<string>();
}
