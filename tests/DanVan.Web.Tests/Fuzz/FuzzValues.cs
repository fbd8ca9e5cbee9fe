using System.Text;

namespace DanVan.Web.Tests.Fuzz;

/// <summary>
/// Seeded generator of hostile values for the fuzz pass: the same seed gives the same inputs, so a failure names a
/// seed and an iteration that reproduce it.
/// </summary>
public sealed class FuzzValues(int seed)
{
    private static readonly string[] Samples =
    [
        string.Empty, " ", "0", "-1", "2147483648", "99999999999999999999", "1e308", "NaN", "true", "null",
        "dân vận khéo", "Đảng bộ huyện Hòa An", "e\u0301", "\u0000", "\u0001\u0002\u001f", "\uFFFE", "\uFFFF", "\uD800", "\uDC00x",
        "\u202Eevil", "\u200B", "%00", "%2e%2e%2f", "../../etc/passwd", "..\\..\\windows", "/\\evil.example", "//evil.example",
        "https://evil.example/", "javascript:alert(1)", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
        "\"'><svg onload=alert(1)>", "'; DROP TABLE ContentItems; --", "' OR '1'='1", "=cmd|' /C calc'!A0", "+1+1", "@SUM(1)",
        "{{7*7}}", "${7*7}", "[js: uuid()]", "[js: variables('x')]", "2026-02-30", "31/12/2026", "9999-12-31", "0001-01-01",
        "00:00:00", "-0", "１２３", "𝔡𝔞𝔫", "🇻🇳", "a\r\nSet-Cookie: x=1", "a\nb", "\t", "Administrator", "admin", "Default",
        "hoa-an", "HOA-AN", "tin-tuc", "admin@example.vn", "not-an-email", "a@b", "x@y.z\r\nBcc: v@w.x",
    ];

    private readonly Random _random = new(seed);

    public int Seed { get; } = seed;

    public int Next(int max) => _random.Next(max);

    public bool Chance(int percent) => _random.Next(100) < percent;

    /// <summary>A value for a form field or a JSON string: a known-nasty sample, a random string, a long one, or a mix.</summary>
    public string String()
    {
        return _random.Next(6) switch
        {
            0 or 1 => Samples[_random.Next(Samples.Length)],
            2 => RandomText(_random.Next(1, 40)),
            3 => new string(Samples[_random.Next(Samples.Length)].FirstOrDefault('x'), _random.Next(1_000, 12_000)),
            4 => Samples[_random.Next(Samples.Length)] + RandomText(_random.Next(0, 8)) + Samples[_random.Next(Samples.Length)],
            _ => Nested(_random.Next(1, 400)),
        };
    }

    /// <summary>A value as <see cref="String()"/>, cut to at most <paramref name="maxLength"/> characters.</summary>
    public string String(int maxLength)
    {
        var value = String();
        return value.Length > maxLength ? value[..maxLength] : value;
    }

    /// <summary>Percent-encodes every byte of the UTF-8 form (lone surrogates become U+FFFD, as a browser would send them).</summary>
    public static string Escape(string value) =>
        string.Concat(Encoding.UTF8.GetBytes(value).Select(b => char.IsAsciiLetterOrDigit((char)b) ? ((char)b).ToString() : $"%{b:X2}"));

    /// <summary>Any code point, surrogates and controls included: what a broken client might send.</summary>
    public string RandomText(int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(_random.Next(5) switch
            {
                0 => (char)_random.Next(0, 0x20),
                1 => (char)_random.Next(0x20, 0x7f),
                2 => (char)_random.Next(0xC0, 0x1EF9),
                3 => (char)_random.Next(0xD800, 0xE000),
                _ => (char)_random.Next(0xE000, 0x10000),
            });
        }

        return builder.ToString();
    }

    private string Nested(int depth)
    {
        var tag = _random.Next(3) switch { 0 => "div", 1 => "b", _ => "ul" };
        return string.Concat(Enumerable.Repeat($"<{tag}>", depth)) + "x" + string.Concat(Enumerable.Repeat($"</{tag}>", _random.Next(depth + 1)));
    }
}
