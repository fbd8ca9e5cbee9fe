using System.Text.Json.Nodes;
using DanVan.Orchard.Contents.Editors;
using DanVan.Orchard.Contents.Fields;

namespace DanVan.Contents.Fields.Date;

/// <summary>A text input for a date typed day first (dd/MM/yyyy, see <see cref="VietnameseDate"/>), not the browser's date picker.</summary>
public sealed class DateFieldEditor : SingleInputFieldEditor
{
    public const string Invalid = "ngày không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ " + VietnameseDate.Example + ".";

    protected override string ViewName => "~/Fields/Date/DateField.Edit.cshtml";

    protected override string? Format(ContentFieldEditorContext context, JsonObject? value) =>
        IsoDate.Parse(value?["Value"]?.GetValue<string>()) is { } date ? VietnameseDate.Format(DateOnly.FromDateTime(date)) : null;

    protected override JsonObject? Parse(ContentFieldEditorContext context, string posted) =>
        posted.Trim().Length == 0 ? new JsonObject { ["Value"] = null }
        : VietnameseDate.Parse(posted) is { } date ? new JsonObject { ["Value"] = IsoDate.Format(date) }
        : context.Fail(Invalid);
}
