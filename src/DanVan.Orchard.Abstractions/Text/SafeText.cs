using System.Text;

namespace DanVan.Orchard.Text;

/// <summary>
/// Text fit to store and to write into XML: without the characters XML 1.0 cannot carry (C0 controls other than tab,
/// LF and CR, lone surrogates, U+FFFE/U+FFFF) and without Unicode's other noncharacters (U+FDD0–U+FDEF, U+xFFFE/U+xFFFF
/// in every plane), which no sender should interchange and on which <see cref="string.Normalize()"/> throws.
/// </summary>
public static class SafeText
{
    /// <summary>The text without the characters described above; the same instance when there are none (the usual case).</summary>
    public static string Strip(string text)
    {
        var first = FirstUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length;)
        {
            var length = Measure(text, i);
            if (length > 0)
            {
                builder.Append(text, i, length);
            }

            i += Math.Abs(length);
        }

        return builder.ToString();
    }

    /// <summary><see cref="Strip"/>, then Unicode normalization form C (what every stored text is in).</summary>
    public static string Normalize(string text) => Strip(text).Normalize(NormalizationForm.FormC);

    /// <summary>Like <see cref="Normalize(string)"/>; null stays null.</summary>
    public static string? NormalizeOrNull(string? text) => text is null ? null : Normalize(text);

    private static int FirstUnsafe(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            var length = Measure(text, i);
            if (length < 0)
            {
                return i;
            }

            i += length;
        }

        return -1;
    }

    /// <summary>How many chars the character at <paramref name="index"/> takes: positive when it is safe, negative when not.</summary>
    private static int Measure(string text, int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c))
        {
            if (index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                // Supplementary planes: U+1FFFE, U+1FFFF, … U+10FFFF are noncharacters.
                return (char.ConvertToUtf32(c, text[index + 1]) & 0xFFFE) == 0xFFFE ? -2 : 2;
            }

            return -1;
        }

        var unsafeChar = char.IsLowSurrogate(c)
            || (c < 0x20 && c is not ('\t' or '\n' or '\r'))
            || c is >= '\uFDD0' and <= '\uFDEF'
            || c >= '\uFFFE';
        return unsafeChar ? -1 : 1;
    }
}
