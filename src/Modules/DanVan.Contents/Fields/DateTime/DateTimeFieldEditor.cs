using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DanVan.Contents.Fields.Date;
using DanVan.Orchard.Contents.Editors;
using DanVan.Orchard.Contents.Fields;
using DanVan.Orchard.Tenancy;

namespace DanVan.Contents.Fields.DateTime;

/// <summary>A date and time typed day first ("15/07/2026 08:30") in the tenant's time zone; stored in UTC.</summary>
public sealed partial class DateTimeFieldEditor(TenantContext tenant) : SingleInputFieldEditor
{
    protected override string ViewName => "~/Fields/DateTime/DateTimeField.Edit.cshtml";

    protected override string? Format(ContentFieldEditorContext context, JsonObject? value) =>
        IsoDate.Parse(value?["Value"]?.GetValue<string>()) is { } utc
            ? tenant.ToLocal(utc).ToString("dd'/'MM'/'yyyy HH':'mm", CultureInfo.InvariantCulture)
            : null;

    protected override JsonObject? Parse(ContentFieldEditorContext context, string posted)
    {
        var text = posted.Trim();
        if (text.Length == 0)
        {
            return new JsonObject { ["Value"] = null };
        }

        // The date as a date field takes it, then an optional time (08:30, 8h30, 8:30); the old input's "T" too.
        var match = DateAndTime().Match(text);
        if (!match.Success || VietnameseDate.Parse(match.Groups["date"].Value) is not { } date)
        {
            return context.Fail("ngày giờ không hợp lệ. Nhập theo dạng ngày/tháng/năm giờ:phút, ví dụ " + VietnameseDate.Example + " 08:30.");
        }

        var hour = match.Groups["h"].Success ? int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
        var minute = match.Groups["min"].Success ? int.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59)
        {
            return context.Fail("giờ không hợp lệ (từ 00:00 đến 23:59).");
        }

        var local = date.ToDateTime(new TimeOnly(hour, minute));
        return new JsonObject { ["Value"] = TimeZoneInfo.ConvertTimeToUtc(local, tenant.TimeZone).ToString("O", CultureInfo.InvariantCulture) };
    }

    [GeneratedRegex(@"^(?<date>[0-9/.\-\s]+?)(?:(?:\s+|T)(?<h>\d{1,2})\s*[:hH]\s*(?<min>\d{2})?)?$")]
    private static partial Regex DateAndTime();
}
