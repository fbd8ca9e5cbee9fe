using System.Net.Mail;
using System.Text.RegularExpressions;
using DanVan.Feedback.Data;
using DanVan.Feedback.ViewModels;
using DanVan.Orchard.Text;

namespace DanVan.Feedback.Services;

/// <summary>Checks and cleans a reader's message; each problem is a Vietnamese sentence keyed by its field.</summary>
public static partial class FeedbackValidator
{
    /// <summary>More links than this in the subject and message together is refused (spam carries many).</summary>
    public const int MaxLinks = 2;

    private static readonly System.Globalization.CultureInfo Vietnamese = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");

    public static Dictionary<string, string> Validate(FeedbackForm form)
    {
        form.Name = Clean(form.Name, singleLine: true);
        form.Email = Clean(form.Email, singleLine: true);
        form.Phone = Clean(form.Phone, singleLine: true);
        form.Subject = Clean(form.Subject, singleLine: true);
        form.Body = Clean(form.Body, singleLine: false);

        var errors = new Dictionary<string, string>();
        Required(errors, nameof(form.Name), form.Name, "Vui lòng nhập họ tên.", FeedbackMessage.NameMaxLength, "Họ tên");
        Required(errors, nameof(form.Subject), form.Subject, "Vui lòng nhập tiêu đề.", FeedbackMessage.SubjectMaxLength, "Tiêu đề");
        Required(errors, nameof(form.Body), form.Body, "Vui lòng nhập nội dung ý kiến.", FeedbackMessage.BodyMaxLength, "Nội dung");

        if (form.Email is not null && !IsEmail(form.Email))
        {
            errors[nameof(form.Email)] = "Địa chỉ thư điện tử không hợp lệ (ví dụ: ten@example.vn).";
        }

        if (form.Phone is not null && !PhonePattern().IsMatch(form.Phone))
        {
            errors[nameof(form.Phone)] = "Số điện thoại chỉ gồm chữ số (có thể có dấu cách, +, -, dấu chấm), từ 8 đến 20 ký tự.";
        }

        if (!errors.ContainsKey(nameof(form.Body)) &&
            LinkPattern().Count(form.Subject ?? string.Empty) + LinkPattern().Count(form.Body ?? string.Empty) > MaxLinks)
        {
            errors[nameof(form.Body)] = $"Ý kiến có quá nhiều liên kết (tối đa {MaxLinks}).";
        }

        return errors;
    }

    /// <summary>Plain text in NFC without control characters; tags are not removed but always shown escaped.</summary>
    private static string? Clean(string? value, bool singleLine)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = SafeText.Normalize(value).Replace("\r\n", "\n", StringComparison.Ordinal);
        text = singleLine ? Whitespace().Replace(text, " ") : text.Replace('\r', '\n');
        return text.Trim();
    }

    private static void Required(Dictionary<string, string> errors, string field, string? value, string missing, int max, string label)
    {
        if (value is null)
        {
            errors[field] = missing;
        }
        else if (value.Length > max)
        {
            errors[field] = string.Create(Vietnamese, $"{label} dài tối đa {max:N0} ký tự (hiện có {value.Length:N0}).");
        }
    }

    private static bool IsEmail(string value) =>
        value.Length <= FeedbackMessage.EmailMaxLength &&
        MailAddress.TryCreate(value, out var address) &&
        string.Equals(address.Address, value, StringComparison.OrdinalIgnoreCase) &&
        address.Host.Contains('.', StringComparison.Ordinal);

    [GeneratedRegex(@"^\+?[0-9][0-9 .\-]{6,18}[0-9]$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"https?://|www\.", RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
