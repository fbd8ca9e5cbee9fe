using System.Globalization;
using System.Text.RegularExpressions;

namespace DanVan.Contents.Fields.Date;

/// <summary>
/// Dates as Vietnamese editors type and read them, whatever the browser's language: day first (15/07/2026, 15/7/2026,
/// 15-7-2026, 15.07.2026, 15072026), or ISO 2026-07-15; and in words ("Thứ Tư, 15 tháng 7 năm 2026"). The admin's
/// script (assets/editor/dates.js) follows the same rules for its echo; this class decides what is stored.
/// </summary>
public static partial class VietnameseDate
{
    public const string Example = "15/07/2026";

    private static readonly string[] DayNames = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

    /// <summary>The date typed, or null when it is not one (31/02/2026, 7/15/2026, letters).</summary>
    public static DateOnly? Parse(string? text)
    {
        var value = (text ?? string.Empty).Trim();
        int day, month, year;
        if (DayFirst().Match(value) is { Success: true } dayFirst)
        {
            (day, month, year) = (Number(dayFirst, "d"), Number(dayFirst, "m"), Number(dayFirst, "y"));
            if (dayFirst.Groups["y"].Value.Length == 2)
            {
                year += 2000;
            }
        }
        else if (Compact().Match(value) is { Success: true } compact)
        {
            (day, month, year) = (Number(compact, "d"), Number(compact, "m"), Number(compact, "y"));
        }
        else if (Iso().Match(value) is { Success: true } iso)
        {
            (day, month, year) = (Number(iso, "d"), Number(iso, "m"), Number(iso, "y"));
        }
        else
        {
            return null;
        }

        return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= System.DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    /// <summary>dd/MM/yyyy, as the input shows a stored date.</summary>
    public static string Format(DateOnly date) => date.ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Thứ Tư, 15 tháng 7 năm 2026".</summary>
    public static string Words(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{DayNames[(int)date.DayOfWeek]}, {date.Day} tháng {date.Month} năm {date.Year}");

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<d>\d{1,2})\s*[/.\-]\s*(?<m>\d{1,2})\s*[/.\-]\s*(?<y>\d{4}|\d{2})$")]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^(?<d>\d{2})(?<m>\d{2})(?<y>\d{4})$")]
    private static partial Regex Compact();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$")]
    private static partial Regex Iso();
}
