using System.Text.Json.Nodes;
using DanVan.Orchard.Contents.Editors;
using DanVan.Orchard.Contents.Fields;

namespace DanVan.Contents.Fields.Media;

/// <summary>One media path a line, with a button opening the media library; texts and Orchard's anchors stay with their path.</summary>
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

        var value = new JsonObject { ["Paths"] = JsonShape.ToArray(paths), ["MediaTexts"] = JsonShape.ToArray(mediaTexts) };
        if (context.Value?["Anchors"] is JsonArray previousAnchors)
        {
            value["Anchors"] = Anchors(previousPaths, previousAnchors, paths);
        }

        return value;
    }

    /// <summary>
    /// Orchard's crop anchors, one a path like the texts: each path keeps its own, a new one is centred. Written also when
    /// empty, so the anchors of removed paths do not come back with the stored value.
    /// </summary>
    private static JsonArray Anchors(JsonArray previousPaths, JsonArray previousAnchors, List<string> paths)
    {
        var anchors = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Min(previousPaths.Count, previousAnchors.Count); i++)
        {
            if (previousPaths[i] is JsonValue v && v.TryGetValue<string>(out var path))
            {
                anchors.TryAdd(path, previousAnchors[i]);
            }
        }

        return new JsonArray(paths.Select(p => anchors.TryGetValue(p, out var anchor) ? anchor?.DeepClone() : new JsonObject { ["X"] = 0.5, ["Y"] = 0.5 }).ToArray());
    }
}
