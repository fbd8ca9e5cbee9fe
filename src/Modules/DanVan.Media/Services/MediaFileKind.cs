namespace DanVan.Media.Services;

/// <summary>What an uploaded file is, decided by its first bytes (the extension is only a hint, and must agree).</summary>
public sealed record MediaFileKind(string Name, string ContentType, bool IsImage, IReadOnlyList<string> Extensions)
{
    public static readonly MediaFileKind Jpeg = new("JPEG", "image/jpeg", true, [".jpg", ".jpeg"]);
    public static readonly MediaFileKind Png = new("PNG", "image/png", true, [".png"]);
    public static readonly MediaFileKind Gif = new("GIF", "image/gif", true, [".gif"]);
    public static readonly MediaFileKind Webp = new("WebP", "image/webp", true, [".webp"]);
    public static readonly MediaFileKind Pdf = new("PDF", "application/pdf", false, [".pdf"]);
    public static readonly MediaFileKind OfficeOpenXml = new("Office", "application/octet-stream", false, [".docx", ".xlsx", ".pptx", ".odt", ".ods"]);
    public static readonly MediaFileKind OfficeLegacy = new("Office 97", "application/octet-stream", false, [".doc", ".xls", ".ppt"]);

    /// <summary>The kind whose signature <paramref name="head"/> starts with, or null (HTML, SVG, scripts, anything else).</summary>
    public static MediaFileKind? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return Gif;
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return Webp;
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]))
        {
            return OfficeOpenXml;
        }

        return head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) ? OfficeLegacy : null;
    }
}
