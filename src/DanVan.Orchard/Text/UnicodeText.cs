using System.Text;

namespace DanVan.Orchard.Text;

/// <summary>
/// Text as the platform keeps it: NFC, without the characters XML cannot carry and that only a broken or hostile
/// client sends (C0/C1 controls other than tab and line breaks, lone surrogates, noncharacters such as U+FFFE).
/// Normalising such a string would throw; writing it into a feed would break the feed.
/// </summary>
public static class UnicodeText
{
    public static string Clean(string value)
    {
        if (IsClean(value))
        {
            return value.IsNormalized(NormalizationForm.FormC) ? value : value.Normalize(NormalizationForm.FormC);
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, value[i + 1]);
                if (!IsNoncharacter(codePoint))
                {
                    builder.Append(c).Append(value[i + 1]);
                }

                i++;
            }
            else if (!char.IsSurrogate(c) && IsAllowed(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    public static string? CleanOrNull(string? value) => value is null ? null : Clean(value);

    private static bool IsClean(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                if (IsNoncharacter(char.ConvertToUtf32(c, value[i + 1])))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsSurrogate(c) || !IsAllowed(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllowed(char c) =>
        c >= 0x20 ? c is not ((>= '\u007f' and <= '\u009f') or (>= '\ufdd0' and <= '\ufdef') or '\ufffe' or '\uffff')
                  : c is '\t' or '\n' or '\r';

    private static bool IsNoncharacter(int codePoint) => (codePoint & 0xFFFE) == 0xFFFE;
}
