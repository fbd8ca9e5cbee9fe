using SkiaSharp;

namespace DanVan.Media.Services;

/// <summary>Scales an image down to a width (never up), keeping its proportions; JPEG out for photos, PNG for the rest.</summary>
public static class ImageResizer
{
    public static byte[]? Resize(Stream source, int width)
    {
        using var bitmap = SKBitmap.Decode(source);
        if (bitmap is null)
        {
            return null;
        }

        var targetWidth = Math.Min(width, bitmap.Width);
        var targetHeight = Math.Max(1, (int)Math.Round(bitmap.Height * (double)targetWidth / bitmap.Width));
        using var resized = bitmap.Resize(new SKImageInfo(targetWidth, targetHeight), new SKSamplingOptions(SKCubicResampler.Mitchell));
        if (resized is null)
        {
            return null;
        }

        using var image = SKImage.FromBitmap(resized);
        var format = bitmap.AlphaType == SKAlphaType.Opaque ? SKEncodedImageFormat.Jpeg : SKEncodedImageFormat.Png;
        using var data = image.Encode(format, 82);
        return data?.ToArray();
    }
}
