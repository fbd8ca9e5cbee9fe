using DanVan.Orchard.Contents.Fields;

namespace DanVan.Contents.Fields.ContentPicker;

/// <summary>
/// A picker's <c>ContentPickerFieldSettings</c> (Orchard's): <c>DisplayedContentTypes</c>, the types it offers (all when
/// empty), and <c>Multiple</c>, whether it holds more than one item.
/// </summary>
public sealed record ContentPickerSettings(IReadOnlyList<string> DisplayedContentTypes, bool Multiple)
{
    public const string Name = "ContentPickerFieldSettings";

    public static ContentPickerSettings Of(System.Text.Json.Nodes.JsonNode? settings) => new(
        JsonShape.Strings(settings?["DisplayedContentTypes"]).ToList(),
        settings?["Multiple"] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<bool>(out var multiple) && multiple);

    public bool Allows(string contentType) => DisplayedContentTypes.Count == 0 || DisplayedContentTypes.Contains(contentType);
}
