using System.Globalization;
using SkiaSharp;

namespace DanVan.Media.Services;

/// <summary>
/// An image's size read from its header only (no pixel is decoded), judged against <see cref="MediaOptions"/>: the
/// guard against decompression bombs, used at upload, by the Media recipe step and before any resize.
/// </summary>
public static class ImageLimits
{
    /// <summary>The width and height the image's header declares, or null when no codec understands it.</summary>
    public static SKSizeI? ReadSize(Stream stream)
    {
        // The managed stream stays open: the caller owns it (and rewinds it to store or decode it).
        using var codec = SKCodec.Create(new SKManagedStream(stream, disposeManagedStream: false));
        return codec is null ? null : new SKSizeI(codec.Info.Width, codec.Info.Height);
    }

    /// <summary>Why an image of this size is refused (Vietnamese, for the editor), or null when it is within the limits.</summary>
    public static string? Refusal(MediaOptions options, SKSizeI size, string name)
    {
        if (size.Width <= options.MaxImageSide && size.Height <= options.MaxImageSide && (long)size.Width * size.Height <= options.MaxImagePixels)
        {
            return null;
        }

        var megapixels = (options.MaxImagePixels / 1_000_000d).ToString("0.#", CultureInfo.GetCultureInfo("vi-VN"));
        return $"Ảnh “{name}” có kích thước {size.Width}×{size.Height} điểm ảnh, vượt giới hạn {options.MaxImageSide} điểm ảnh mỗi cạnh "
            + $"và {megapixels} megapixel. Hãy thu nhỏ ảnh rồi tải lên lại.";
    }

    /// <summary>The refusal for an image no codec can read (a damaged file, or only a signature in front of something else).</summary>
    public static string Unreadable(string name) => $"Ảnh “{name}” bị hỏng hoặc không đọc được.";
}
