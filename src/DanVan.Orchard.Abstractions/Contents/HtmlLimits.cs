using System.Text;
using Microsoft.Extensions.Options;

namespace DanVan.Orchard.Contents;

/// <summary>
/// Refuses HTML too large or too deeply nested to parse and sanitize cheaply (both cost the square of the depth), before
/// anything parses it. The reason is written for the editor, in Vietnamese.
/// </summary>
public sealed class HtmlLimits(IOptions<ContentOptions> options)
{
    /// <summary>Why <paramref name="html"/> cannot be stored, or null when it can.</summary>
    public string? Check(string html)
    {
        var limits = options.Value;
        var bytes = Encoding.UTF8.GetByteCount(html);
        if (bytes > limits.MaxHtmlBytes)
        {
            return $"Nội dung quá dài ({bytes / 1024} KB, tối đa {limits.MaxHtmlBytes / 1024} KB). " +
                "Ảnh và tài liệu hãy chèn từ thư viện media thay vì dán trực tiếp vào bài.";
        }

        if (HtmlNesting.MaxDepth(html, limits.MaxHtmlDepth) > limits.MaxHtmlDepth)
        {
            return $"Nội dung có các thẻ HTML lồng nhau quá {limits.MaxHtmlDepth} tầng nên không thể lưu. " +
                "Hãy dán lại dưới dạng văn bản thường hoặc bỏ bớt định dạng.";
        }

        return null;
    }
}
