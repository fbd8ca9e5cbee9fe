namespace DanVan.Media.Services;

/// <summary>
/// What an upload must be, for a file that arrives whole and seekable (an imported site's media): within the size
/// limit, of a known kind by its first bytes (never SVG, HTML or a program) with an extension that agrees, and an
/// image within the pixel limits by its header.
/// </summary>
public static class MediaUploadRules
{
    /// <summary>Why the file is refused (Vietnamese), or null; the stream is left at its start.</summary>
    public static string? Refusal(Stream content, string path, MediaOptions options)
    {
        var name = Path.GetFileName(path);
        if (content.Length > options.MaxFileSize)
        {
            return $"Tệp “{name}” lớn hơn giới hạn {options.MaxFileSize / (1024 * 1024)} MB.";
        }

        var head = new byte[16];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        if (MediaFileKind.Sniff(head.AsSpan(0, read)) is not { } kind)
        {
            return $"Tệp “{name}” không phải ảnh (JPEG, PNG, GIF, WebP) hay tài liệu (PDF, Word, Excel); SVG, HTML và tệp chạy được không được nhận.";
        }

        var extension = Path.GetExtension(name);
        if (!kind.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            return $"Tệp “{name}” có đuôi {extension} nhưng nội dung là {kind.Name}.";
        }

        if (!kind.IsImage)
        {
            return null;
        }

        var size = ImageLimits.ReadSize(content);
        content.Position = 0;
        return size is { } known ? ImageLimits.Refusal(options, known, name) : ImageLimits.Unreadable(name);
    }
}
