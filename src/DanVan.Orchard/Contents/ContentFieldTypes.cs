using System.Globalization;
using System.Text.Json.Nodes;

namespace DanVan.Orchard.Contents;

/// <summary>The field types content definitions may use, each with the JSON shape of its value (Orchard's).</summary>
public static class ContentFieldTypes
{
    public const string Text = "TextField";
    public const string Html = "HtmlField";
    public const string Date = "DateField";
    public const string DateTime = "DateTimeField";
    public const string Numeric = "NumericField";
    public const string Boolean = "BooleanField";
    public const string Media = "MediaField";
    public const string Taxonomy = "TaxonomyField";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Text, Html, Date, DateTime, Numeric, Boolean, Media, Taxonomy,
    };

    /// <summary>
    /// A DateField value as Orchard stores it (midnight UTC). Built from two pieces because in a custom format ':' is the
    /// culture's time separator, which DateOnly refuses to format.
    /// </summary>
    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    /// <summary>The date of a DateField or DateTimeField value (ISO 8601, read as UTC), or null.</summary>
    public static DateTime? ParseDate(string? value) =>
        value is not null && System.DateTime.TryParse(
            value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;

    /// <summary>Checks a field value's shape; returns the reason it is wrong, or null.</summary>
    public static string? Validate(string fieldType, JsonObject value) => fieldType switch
    {
        Text => ExpectString(value, "Text", maxLength: 4000),
        Html => ExpectString(value, "Html", maxLength: 1_000_000),
        Date => ExpectDate(value),
        DateTime => ExpectDate(value),
        Numeric => value["Value"] is null || (value["Value"] is JsonValue v && v.TryGetValue<decimal>(out _)) ? null : "'Value' must be a number",
        Boolean => value["Value"] is null || (value["Value"] is JsonValue b && b.TryGetValue<bool>(out _)) ? null : "'Value' must be true or false",
        Media => ExpectStringArray(value, "Paths") ?? ExpectStringArray(value, "MediaTexts"),
        Taxonomy => ExpectStringArray(value, "TagNames") ?? ExpectStringArray(value, "TermContentItemIds"),
        _ => $"unknown field type '{fieldType}'",
    };

    private static string? ExpectString(JsonObject value, string name, int maxLength) => value[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) =>
            s.Length <= maxLength ? null : $"'{name}' is longer than {maxLength} characters",
        _ => $"'{name}' must be a string",
    };

    private static string? ExpectDate(JsonObject value) => value["Value"] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) && System.DateTime.TryParse(
            s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out _) => null,
        JsonValue v => $"'Value' {v.ToJsonString()} is not an ISO 8601 date",
        _ => "'Value' must be a date string",
    };

    private static string? ExpectStringArray(JsonObject value, string name) => value[name] switch
    {
        null => null,
        JsonArray array when array.All(e => e is JsonValue v && v.TryGetValue<string>(out _)) => null,
        _ => $"'{name}' must be an array of strings",
    };
}
