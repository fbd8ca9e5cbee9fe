using System.Globalization;
using System.Text;

namespace DanVan.Orchard.Text;

/// <summary>
/// Turns titles into URL slugs. Vietnamese first: combining marks are dropped after
/// decomposition, and đ/Đ (which has no decomposition in Unicode) is mapped to d.
/// </summary>
public static class Slugifier
{
    public const int MaxLength = 120;

    public static string Slugify(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingDash = false;

        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            };

            if (folded is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                var dash = pendingDash && builder.Length > 0;
                if (builder.Length + (dash ? 2 : 1) > MaxLength)
                {
                    break;
                }

                if (dash)
                {
                    builder.Append('-');
                }

                pendingDash = false;
                builder.Append(folded);
            }
            else
            {
                pendingDash = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>How many suffixes <see cref="MakeUniqueAsync"/> tries before it gives up.</summary>
    public const int MaxUniqueAttempts = 1_000;

    /// <summary>
    /// Returns <paramref name="slug"/>, or slug-2, slug-3… the first one <paramref name="isTaken"/> refuses; null after
    /// <see cref="MaxUniqueAttempts"/> tries (a refusal no suffix can change, e.g. a reserved first segment, would
    /// otherwise loop for ever).
    /// </summary>
    public static async Task<string?> MakeUniqueAsync(string slug, Func<string, Task<bool>> isTaken)
    {
        if (!await isTaken(slug))
        {
            return slug;
        }

        for (var n = 2; n <= MaxUniqueAttempts; n++)
        {
            var candidate = $"{slug}-{n}";
            if (!await isTaken(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
