using System.Security.Cryptography;
using SkiaSharp;

namespace DanVan.Feedback.Captcha;

/// <summary>
/// Draws a code as a small PNG: fixed size, so the work per image is bounded whatever is asked; letters shifted and
/// turned a little with crossing lines and dots, enough to stop a naive reader of text.
/// </summary>
public static class CaptchaImage
{
    public const int Width = 180;
    public const int Height = 56;

    public static byte[] Render(string code)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(code.Length, CaptchaStore.CodeLength);
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor(0xF4, 0xF1, 0xEA));

        using var noise = new SKPaint { IsAntialias = true, StrokeWidth = 1.5f };
        for (var i = 0; i < 6; i++)
        {
            noise.Color = new SKColor((byte)Next(80, 180), (byte)Next(80, 180), (byte)Next(80, 180));
            canvas.DrawLine(Next(0, Width), Next(0, Height), Next(0, Width), Next(0, Height), noise);
        }

        using var typeface = SKTypeface.FromFamilyName(null, SKFontStyleWeight.Bold, SKFontStyleWidth.Normal, SKFontStyleSlant.Upright) ?? SKTypeface.Default;
        using var font = new SKFont(typeface, 34);
        using var ink = new SKPaint { IsAntialias = true, Color = new SKColor(0x3A, 0x1A, 0x12) };
        var step = (Width - 20f) / code.Length;
        for (var i = 0; i < code.Length; i++)
        {
            canvas.Save();
            var x = 12 + (i * step) + Next(-3, 4);
            var y = 40 + Next(-5, 6);
            canvas.RotateDegrees(Next(-18, 19), x + 10, y - 12);
            canvas.DrawText(code[i].ToString(), x, y, SKTextAlign.Left, font, ink);
            canvas.Restore();
        }

        for (var i = 0; i < 120; i++)
        {
            noise.Color = new SKColor(0x55, 0x55, 0x55, 0x90);
            canvas.DrawPoint(Next(0, Width), Next(0, Height), noise);
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static int Next(int from, int to) => RandomNumberGenerator.GetInt32(from, to);
}
