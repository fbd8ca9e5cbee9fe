using SkiaSharp;

namespace DanVan.Media.Services;

/// <summary>Scales an image down to a width (never up), keeping its proportions; JPEG out for photos, PNG for the rest.</summary>
public static class ImageResizer
{
    /// <summary>
    /// The resized image's bytes. The header is judged against the limits before any pixel is decoded (a stored image
    /// uploaded before the limits existed is refused here too), and codecs that can scale while decoding (JPEG by
    /// eighths, WebP) decode at the smallest size still at least the target, so a photo never costs its full size.
    /// </summary>
    /// <exception cref="ImageRefusedException">The image is over the limits or cannot be read.</exception>
    public static byte[] Resize(Stream source, int width, MediaOptions limits, string name)
    {
        using var codec = SKCodec.Create(new SKManagedStream(source, disposeManagedStream: false))
            ?? throw new ImageRefusedException(ImageLimits.Unreadable(name));
        var info = codec.Info;
        if (ImageLimits.Refusal(limits, new SKSizeI(info.Width, info.Height), name) is { } refusal)
        {
            throw new ImageRefusedException(refusal);
        }

        var targetWidth = Math.Min(width, info.Width);
        var targetHeight = Math.Max(1, (int)Math.Round(info.Height * (double)targetWidth / info.Width));
        var scaled = codec.GetScaledDimensions((float)targetWidth / info.Width);
        if (scaled.Width < targetWidth || scaled.Height < targetHeight || scaled.Width > info.Width)
        {
            scaled = new SKSizeI(info.Width, info.Height);
        }

        var opaque = info.AlphaType == SKAlphaType.Opaque;
        var decodeInfo = info.WithSize(scaled.Width, scaled.Height)
            .WithColorType(SKImageInfo.PlatformColorType)
            .WithAlphaType(opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        using var decoded = new SKBitmap(decodeInfo);
        if (decoded.GetPixels() == IntPtr.Zero
            || codec.GetPixels(decodeInfo, decoded.GetPixels()) is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            throw new ImageRefusedException(ImageLimits.Unreadable(name));
        }

        using var resized = scaled.Width == targetWidth && scaled.Height == targetHeight
            ? decoded.Copy()
            : decoded.Resize(new SKImageInfo(targetWidth, targetHeight, decodeInfo.ColorType, decodeInfo.AlphaType, decodeInfo.ColorSpace), new SKSamplingOptions(SKCubicResampler.Mitchell));
        if (resized is null)
        {
            throw new ImageRefusedException(ImageLimits.Unreadable(name));
        }

        using var image = SKImage.FromBitmap(resized);
        using var data = image.Encode(opaque ? SKEncodedImageFormat.Jpeg : SKEncodedImageFormat.Png, 82)
            ?? throw new ImageRefusedException(ImageLimits.Unreadable(name));
        return data.ToArray();
    }
}
