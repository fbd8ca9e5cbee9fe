using System.Globalization;
using System.Text.Json.Nodes;
using DanVan.Orchard.Contents.Editors;
using DanVan.Orchard.Contents.Fields;

namespace DanVan.Contents.Fields.Date;

/// <summary>A date input (yyyy-MM-dd).</summary>
public sealed class DateFieldEditor : SingleInputFieldEditor
{
    protected override string ViewName => "~/Fields/Date/DateField.Edit.cshtml";

    protected override string? Format(ContentFieldEditorContext context, JsonObject? value) =>
        IsoDate.Parse(value?["Value"]?.GetValue<string>())?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected override JsonObject? Parse(ContentFieldEditorContext context, string posted) =>
        posted.Length == 0 ? new JsonObject { ["Value"] = null }
        : DateOnly.TryParseExact(posted, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new JsonObject { ["Value"] = IsoDate.Format(date) }
            : context.Fail("ngày không hợp lệ.");
}
