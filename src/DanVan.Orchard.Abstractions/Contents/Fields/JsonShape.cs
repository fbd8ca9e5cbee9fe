using System.Globalization;
using System.Text.Json.Nodes;

namespace DanVan.Orchard.Contents.Fields;

/// <summary>Checks of a value object's properties for field handlers; each returns why the property is wrong, or null.</summary>
public static class JsonShape
{
    public static string? String(JsonObject value, string name, int maxLength) => value[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) =>
            s.Length <= maxLength ? null : $"'{name}' is longer than {maxLength} characters",
        _ => $"'{name}' must be a string",
    };

    public static string? StringArray(JsonObject value, string name) => value[name] switch
    {
        null => null,
        JsonArray array when array.All(e => e is JsonValue v && v.TryGetValue<string>(out _)) => null,
        _ => $"'{name}' must be an array of strings",
    };

    /// <summary>The first of <paramref name="names"/> that is not an array of strings, as <see cref="StringArray"/> says it.</summary>
    public static string? StringArrays(JsonObject value, params string[] names) =>
        names.Select(name => StringArray(value, name)).FirstOrDefault(reason => reason is not null);

    public static string? Of<T>(JsonObject value, string name, string expected) =>
        value[name] is null || (value[name] is JsonValue v && v.TryGetValue<T>(out _)) ? null : $"'{name}' must be {expected}";

    public static string? Date(JsonObject value, string name) => value[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) && IsoDate.Parse(s) is not null => null,
        JsonValue v => $"'{name}' {v.ToJsonString()} is not an ISO 8601 date",
        _ => $"'{name}' must be a date string",
    };

    /// <summary>The strings of an array property (other entries skipped).</summary>
    public static IEnumerable<string> Strings(JsonNode? node) =>
        node is JsonArray array ? array.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>() : [];

    public static JsonArray ToArray(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    /// <summary>The number a form posted, with a comma or a point as decimal separator.</summary>
    public static decimal? ParseNumber(string text) =>
        decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null;
}
