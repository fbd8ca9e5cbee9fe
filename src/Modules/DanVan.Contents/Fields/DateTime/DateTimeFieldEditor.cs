using System.Globalization;
using System.Text.Json.Nodes;
using DanVan.Orchard.Contents.Editors;
using DanVan.Orchard.Contents.Fields;
using DanVan.Orchard.Tenancy;

namespace DanVan.Contents.Fields.DateTime;

/// <summary>A date and time input in the tenant's time zone; stored in UTC.</summary>
public sealed class DateTimeFieldEditor(TenantContext tenant) : SingleInputFieldEditor
{
    private const string InputFormat = "yyyy-MM-dd'T'HH:mm";

    protected override string ViewName => "~/Fields/DateTime/DateTimeField.Edit.cshtml";

    protected override string? Format(ContentFieldEditorContext context, JsonObject? value) =>
        IsoDate.Parse(value?["Value"]?.GetValue<string>()) is { } utc ? tenant.ToLocal(utc).ToString(InputFormat, CultureInfo.InvariantCulture) : null;

    protected override JsonObject? Parse(ContentFieldEditorContext context, string posted) =>
        posted.Length == 0 ? new JsonObject { ["Value"] = null }
        : System.DateTime.TryParseExact(posted, InputFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new JsonObject { ["Value"] = TimeZoneInfo.ConvertTimeToUtc(local, tenant.TimeZone).ToString("O", CultureInfo.InvariantCulture) }
            : context.Fail("ngày giờ không hợp lệ.");
}
