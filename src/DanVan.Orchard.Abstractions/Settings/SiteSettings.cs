using System.Globalization;
using System.Text.Json.Nodes;

namespace DanVan.Orchard.Settings;

/// <summary>A tenant's site settings. Cached instances are shared: copy with <see cref="Clone"/> before changing.</summary>
public sealed class SiteSettings
{
    public const string DefaultCulture = "vi-VN";
    public const string DefaultTimeZone = "Asia/Ho_Chi_Minh";

    public string SiteName { get; set; } = "Ban Dân vận";

    public string Culture { get; set; } = DefaultCulture;

    public string TimeZone { get; set; } = DefaultTimeZone;

    public string? BannerTitle { get; set; }

    public string? BannerSubtitle { get; set; }

    public string? BannerImagePath { get; set; }

    public string? ContactAddress { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }

    public string SiteTheme { get; set; } = "DanVan.Theme";

    public string AdminTheme { get; set; } = "DanVan.AdminTheme";

    /// <summary>Settings groups contributed by modules, by group name (Orchard's shape).</summary>
    public JsonObject Properties { get; set; } = new();

    public SiteSettings Clone()
    {
        var copy = (SiteSettings)MemberwiseClone();
        copy.Properties = (JsonObject)Properties.DeepClone();
        return copy;
    }

    public static TimeZoneInfo? FindTimeZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
    }

    public static CultureInfo? FindCulture(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        // Every request of a tenant asks for its culture; the runtime's own cache takes a lock that requests queue on.
        if (FoundCultures.TryGetValue(name, out var known))
        {
            return known;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            if (FoundCultures.Count < 64)
            {
                FoundCultures.TryAdd(name, culture);
            }

            return culture;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, CultureInfo> FoundCultures = new(StringComparer.Ordinal);
}
