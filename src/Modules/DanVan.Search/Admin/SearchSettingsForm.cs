using System.Globalization;

namespace DanVan.Search.Admin;

/// <summary>The settings form: the types found by search and the weight of title, lead and body (as typed: "2,5" or "2.5").</summary>
public sealed class SearchSettingsForm
{
    public List<string> Types { get; set; } = [];

    public string? TitleBoost { get; set; }

    public string? LeadBoost { get; set; }

    public string? BodyBoost { get; set; }

    public static string Show(float boost) => boost.ToString(CultureInfo.InvariantCulture);

    /// <summary>The weight typed, when it is a number above 0 and at most <paramref name="max"/>.</summary>
    public static float? Read(string? text, float max) =>
        float.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && float.IsFinite(value) && value > 0 && value <= max
            ? value
            : null;
}
