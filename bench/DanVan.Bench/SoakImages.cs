using System.Runtime.InteropServices;
using SkiaSharp;

namespace DanVan.Bench;

/// <summary>Photo-like test images of our own (a gradient with noise, which compresses like a photo): JPEG and PNG.</summary>
public static class SoakImages
{
    /// <summary>A JPEG of about 240 KB.</summary>
    public static byte[] Jpeg(int seed) => Encode(Noisy(1200, 800, seed), SKEncodedImageFormat.Jpeg, 70);

    /// <summary>A PNG of about 125 KB (lossless, so much smaller in pixels than the JPEG).</summary>
    public static byte[] Png(int seed) => Encode(Noisy(320, 240, seed), SKEncodedImageFormat.Png, 100);

    private static SKBitmap Noisy(int width, int height, int seed)
    {
        var random = new Random(seed);
        var pixels = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var noise = random.Next(0, 40);
                var at = (y * width + x) * 4;
                pixels[at] = (byte)((x * 255 / width + noise + seed * 17) % 256);
                pixels[at + 1] = (byte)((y * 255 / height + noise) % 256);
                pixels[at + 2] = (byte)((128 + noise) % 256);
                pixels[at + 3] = 255;
            }
        }

        // Whole rows at once: SetPixel per pixel takes seconds for a photo-sized image.
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        return bitmap;
    }

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        using (bitmap)
        using (var image = SKImage.FromBitmap(bitmap))
        using (var data = image.Encode(format, quality))
        {
            return data.ToArray();
        }
    }
}
