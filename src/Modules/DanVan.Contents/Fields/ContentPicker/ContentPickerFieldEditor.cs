using System.Text.Json.Nodes;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Contents.Editors;
using DanVan.Orchard.Contents.Fields;
using DanVan.Orchard.Text;

namespace DanVan.Contents.Fields.ContentPicker;

/// <summary>
/// A list (several choices when <c>Multiple</c>) of the tenant's items of the displayed types, by title; the posted ids
/// must be items that exist, are not deleted and are of those types.
/// </summary>
public sealed class ContentPickerFieldEditor(IContentManager contents) : IContentFieldEditor
{
    /// <summary>The most items offered per type (the latest changed first).</summary>
    public const int MaxOptionsPerType = 100;

    public async Task<ContentEditorShape> BuildEditorAsync(ContentFieldEditorContext context, CancellationToken cancellationToken)
    {
        var settings = ContentPickerSettings.Of(context.Settings(ContentPickerSettings.Name));
        var selected = JsonShape.Strings(context.Value?["ContentItemIds"]).ToList();
        IReadOnlyList<string?> types = settings.DisplayedContentTypes.Count > 0 ? [.. settings.DisplayedContentTypes] : [null];
        var options = new List<ContentPickerOption>();
        foreach (var type in types)
        {
            var page = await contents.QueryAsync(
                new ContentQuery(type, ContentStatus.All, null, ContentSort.ModifiedDesc, 1, MaxOptionsPerType), cancellationToken);
            options.AddRange(page.Items.Select(v => v.Item)
                .Where(i => i.ContentItemId != context.Editor.Item.ContentItemId)
                .Select(i => new ContentPickerOption(i.ContentItemId, i.DisplayText ?? i.ContentItemId, selected.Contains(i.ContentItemId))));
        }

        // A chosen item beyond the offered ones stays chosen (and shown by its id).
        options.AddRange(selected.Where(id => !options.Exists(o => o.ContentItemId == id)).Select(id => new ContentPickerOption(id, id, true)));
        return new ContentEditorShape(
            "~/Fields/ContentPicker/ContentPickerField.Edit.cshtml", new ContentPickerEditorModel(context, settings.Multiple, options), context.Name, context.Hint);
    }

    public async Task<JsonObject?> ReadAsync(ContentFieldEditorContext context, CancellationToken cancellationToken)
    {
        var settings = ContentPickerSettings.Of(context.Settings(ContentPickerSettings.Name));
        var ids = context.Editor.Form[context.Name].Select(v => SafeText.Strip(v ?? string.Empty).Trim())
            .Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count > 1 && !settings.Multiple)
        {
            return context.Fail("chỉ chọn một mục.");
        }

        foreach (var id in ids)
        {
            var version = await contents.GetLatestVersionAsync(id, cancellationToken);
            if (version is null || version.Removed || !settings.Allows(version.Item.ContentType))
            {
                return context.Fail($"không có nội dung “{id}” để chọn.");
            }
        }

        return new JsonObject { ["ContentItemIds"] = JsonShape.ToArray(ids) };
    }
}
