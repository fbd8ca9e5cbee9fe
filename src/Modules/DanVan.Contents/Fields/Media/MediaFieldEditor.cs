using System.Text.Json.Nodes;
using DanVan.Orchard.Contents.Editors;
using DanVan.Orchard.Contents.Fields;

namespace DanVan.Contents.Fields.Media;

/// <summary>One media path a line, with a button opening the media library.</summary>
public sealed class MediaFieldEditor : SingleInputFieldEditor
{
    protected override string ViewName => "~/Fields/Media/MediaField.Edit.cshtml";

    protected override string? Hint(ContentFieldEditorContext context) => "Mỗi dòng một đường dẫn tệp trong thư viện media.";

    protected override string? Format(ContentFieldEditorContext context, JsonObject? value) =>
        value?["Paths"] is JsonArray paths ? string.Join('\n', paths.Select(p => p?.GetValue<string>())) : null;

    /// <summary>
    /// The form's paths, each keeping the text (alt text, caption) it had: the form edits only the paths, and saving must
    /// not lose what the media library or a recipe wrote beside them.
    /// </summary>
    protected override JsonObject? Parse(ContentFieldEditorContext context, string posted)
    {
        var paths = posted.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var previousPaths = context.Value?["Paths"] as JsonArray ?? [];
        var previousTexts = context.Value?["MediaTexts"] as JsonArray ?? [];
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Min(previousPaths.Count, previousTexts.Count); i++)
        {
            if (previousPaths[i]?.GetValue<string>() is { } path && previousTexts[i]?.GetValue<string>() is { } text)
            {
                texts.TryAdd(path, text);
            }
        }

        var mediaTexts = paths.Select(p => texts.GetValueOrDefault(p, string.Empty)).ToList();
        if (mediaTexts.All(t => t.Length == 0))
        {
            mediaTexts.Clear();
        }

        return new JsonObject { ["Paths"] = JsonShape.ToArray(paths), ["MediaTexts"] = JsonShape.ToArray(mediaTexts) };
    }
}
