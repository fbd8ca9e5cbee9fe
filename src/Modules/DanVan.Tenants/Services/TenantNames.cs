using System.Text.RegularExpressions;
using DanVan.Orchard.Text;

namespace DanVan.Tenants.Services;

/// <summary>
/// Suggests a district's technical name and address prefix from its display name: "Ban Dân vận Huyện ủy Trà Lĩnh" →
/// "TraLinh" and "tra-linh" (Vietnamese folded by the platform's <see cref="Slugifier"/>, đ → d; the board's title left out).
/// </summary>
public static partial class TenantNames
{
    public const int MaxLength = 50;

    public static (string Name, string Prefix) Suggest(string? displayName)
    {
        var slug = Slugifier.Slugify(displayName);
        var place = BoardTitle().Replace(slug, string.Empty);
        if (place.Length == 0)
        {
            place = slug;
        }

        var name = string.Concat(place.Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => char.ToUpperInvariant(word[0]) + word[1..]));
        if (name.Length > 0 && !char.IsAsciiLetter(name[0]))
        {
            // A technical name starts with a letter: "Huyện 1" → "Huyen1", "1 Tháng 5" → "T1Thang5".
            name = "T" + name;
        }

        return (name.Length > MaxLength ? name[..MaxLength] : name, place);
    }

    /// <summary>"ban-dan-van-huyen-uy-", "ban-dan-van-thi-uy-", "huyen-uy-"… at the start.</summary>
    [GeneratedRegex("^(ban-dan-van-)?((huyen|thi|thanh-pho|thanh)-uy-)?")]
    private static partial Regex BoardTitle();
}
