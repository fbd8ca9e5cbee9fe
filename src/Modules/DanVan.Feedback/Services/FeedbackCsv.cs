using System.Text;
using DanVan.Feedback.Data;

namespace DanVan.Feedback.Services;

/// <summary>
/// The export for spreadsheets: UTF-8 with BOM, CRLF, every value quoted. A value starting with = + - @ tab or CR gets a
/// leading apostrophe, so a spreadsheet shows it as text instead of running it as a formula (CSV injection).
/// </summary>
public static class FeedbackCsv
{
    public static readonly string[] Header = ["Ngày gửi", "Trạng thái", "Họ tên", "Email", "Điện thoại", "Tiêu đề", "Nội dung", "Bài viết", "Trả lời"];

    public static string Write(IEnumerable<FeedbackMessage> rows, Func<DateTime, string> formatDate)
    {
        var csv = new StringBuilder();
        Line(csv, Header);
        foreach (var m in rows)
        {
            Line(csv, [formatDate(m.CreatedUtc), ViewModels.FeedbackListViewModel.StatusName(m.Status), m.Name, m.Email, m.Phone,
                m.Subject, m.Body, m.ContentTitle, m.Reply]);
        }

        return csv.ToString();
    }

    public static string Cell(string? value)
    {
        value ??= string.Empty;
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void Line(StringBuilder csv, IEnumerable<string?> values) =>
        csv.Append(string.Join(',', values.Select(Cell))).Append("\r\n");
}
