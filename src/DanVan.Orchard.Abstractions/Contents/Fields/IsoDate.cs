using System.Globalization;

namespace DanVan.Orchard.Contents.Fields;

/// <summary>Dates of DateField and DateTimeField values as Orchard stores them (ISO 8601, UTC).</summary>
public static class IsoDate
{
    /// <summary>
    /// A DateField value (midnight UTC). Built from two pieces because in a custom format ':' is the culture's time
    /// separator, which DateOnly refuses to format.
    /// </summary>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    /// <summary>The date of a stored value (read as UTC), or null.</summary>
    public static DateTime? Parse(string? value) =>
        value is not null && DateTime.TryParse(
            value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;
}
