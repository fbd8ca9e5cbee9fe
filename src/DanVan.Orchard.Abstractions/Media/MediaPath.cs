using System.Net;
using System.Text;
using DanVan.Orchard.Text;

namespace DanVan.Orchard.Media;

/// <summary>
/// Turns a path from a URL, a form or a recipe into a safe relative media path ("anh/2026/hoi-nghi.jpg"): percent
/// decoding undone until stable (so "%252e%252e" is caught), NFC, and refused when it could leave the tenant's media
/// root (.., absolute, drive letters, backslashes) or hides something (control characters, dot-files).
/// </summary>
public static class MediaPath
{
    public const int MaxLength = 260;
    public const int MaxSegmentLength = 120;

    public static string Normalize(string? raw)
    {
        var path = raw ?? string.Empty;
        for (var i = 0; i < 3; i++)
        {
            var decoded = WebUtility.UrlDecode(path.Replace("+", "%2B", StringComparison.Ordinal));
            if (decoded == path)
            {
                break;
            }

            path = decoded;
        }

        path = path.Normalize(NormalizationForm.FormC).Trim();
        if (path.Any(char.IsControl))
        {
            throw new MediaPathException(raw ?? string.Empty, "Đường dẫn có ký tự điều khiển.");
        }

        if (path.Contains('\\', StringComparison.Ordinal))
        {
            throw new MediaPathException(path, "Đường dẫn không được có dấu '\\'.");
        }

        if (path.Length >= 2 && path[1] == ':')
        {
            throw new MediaPathException(path, "Đường dẫn không được là đường dẫn tuyệt đối.");
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        foreach (var segment in segments)
        {
            if (segment is "." or "..")
            {
                throw new MediaPathException(path, "Đường dẫn không được có '.' hay '..'.");
            }

            if (segment.StartsWith('.'))
            {
                throw new MediaPathException(path, "Tên tệp hoặc thư mục không được bắt đầu bằng dấu chấm.");
            }

            if (segment.Length > MaxSegmentLength)
            {
                throw new MediaPathException(path, $"Mỗi phần của đường dẫn tối đa {MaxSegmentLength} ký tự.");
            }
        }

        var normalized = string.Join('/', segments);
        return normalized.Length > MaxLength
            ? throw new MediaPathException(path, $"Đường dẫn tối đa {MaxLength} ký tự.")
            : normalized;
    }

    /// <summary>A stored name for an uploaded file: the name slugified (Vietnamese folded, đ→d), the extension lower-cased.</summary>
    public static string SafeFileName(string original)
    {
        var name = System.IO.Path.GetFileName((original ?? string.Empty).Replace('\\', '/').Split('/')[^1]).Normalize(NormalizationForm.FormC);
        var extension = System.IO.Path.GetExtension(name).ToLowerInvariant();
        var stem = Slugifier.Slugify(System.IO.Path.GetFileNameWithoutExtension(name));
        if (stem.Length == 0)
        {
            stem = "tep";
        }

        var cleanExtension = extension.Length > 1 && extension[1..].All(char.IsAsciiLetterOrDigit) ? extension : string.Empty;
        return stem + cleanExtension;
    }

    public static string Combine(string folder, string name) => Normalize(string.IsNullOrEmpty(folder) ? name : folder.TrimEnd('/') + "/" + name);
}
