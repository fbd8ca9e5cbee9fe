using System.Globalization;
using System.Text.RegularExpressions;
using DanVan.Contents.Fields.Date;

namespace DanVan.Contents.Scheduling;

/// <summary>The schedule form's date (day first, as every date of the admin) and time (08:00, 8:00, 8h00, 8h).</summary>
public static partial class ScheduleTime
{
    public const string LocalFormat = "dd'/'MM'/'yyyy HH':'mm";

    public static TimeOnly? ParseTime(string? text)
    {
        var match = Time().Match((text ?? string.Empty).Trim());
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        return hour <= 23 && minute <= 59 ? new TimeOnly(hour, minute) : null;
    }

    /// <summary>The date and time typed as a UTC instant of <paramref name="zone"/>, or null for a time the zone skips.</summary>
    public static DateTime? ToUtc(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return zone.IsInvalidTime(local) ? null : TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }

    /// <summary>"15/07/2026 08:00".</summary>
    public static string Format(DateTime local) => local.ToString(LocalFormat, CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string? text) => VietnameseDate.Parse(text);

    [GeneratedRegex(@"^(?<h>\d{1,2})\s*(?:[:hH]\s*(?<m>\d{2})?)?$")]
    private static partial Regex Time();
}
