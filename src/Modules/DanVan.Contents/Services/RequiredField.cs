using System.Text.Json.Nodes;
using DanVan.Orchard.Contents.Editors;

namespace DanVan.Contents.Services;

/// <summary>
/// A field the type's definition marks <c>"Required": true</c> in its <c>ContentPartFieldSettings</c> (the district-board
/// recipe does for an article's lead and a meeting's date): the edit form refuses to save it empty. Checked by the
/// editor only; recipes and imports store what they are given.
/// </summary>
public static class RequiredField
{
    public const string Missing = "bắt buộc, hãy nhập.";

    public static bool IsRequired(ContentFieldEditorContext field) =>
        field.FieldSettings?["Required"] is JsonValue value && value.TryGetValue<bool>(out var required) && required;

    /// <summary>The field's hint with "Bắt buộc." in front.</summary>
    public static string Hint(string? hint) => string.IsNullOrWhiteSpace(hint) ? "Bắt buộc." : "Bắt buộc. " + hint;

    /// <summary>No value in it worth the name: nulls, blank strings (HTML without text counts as blank), empty lists.</summary>
    public static bool IsEmpty(JsonNode? node) => node switch
    {
        null => true,
        JsonObject obj => obj.All(p => IsEmpty(p.Value)),
        JsonArray array => array.All(IsEmpty),
        JsonValue value when value.TryGetValue<string>(out var text) => string.IsNullOrWhiteSpace(HtmlContent.Text(text)),
        _ => false,
    };
}
