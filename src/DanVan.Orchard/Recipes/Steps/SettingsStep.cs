using System.Text.Json.Nodes;
using DanVan.Orchard.Settings;
using DanVan.Orchard.Text;

namespace DanVan.Orchard.Recipes.Steps;

/// <summary><c>{"name":"settings","SiteName":"…","Culture":"vi-VN","TimeZone":"Asia/Ho_Chi_Minh",…,"&lt;Group&gt;":{…}}</c></summary>
public sealed class SettingsStep(SiteService sites) : IRecipeStepHandler
{
    private static readonly Dictionary<string, Action<SiteSettings, string>> Setters = new(StringComparer.OrdinalIgnoreCase)
    {
        [nameof(SiteSettings.SiteName)] = (s, v) => s.SiteName = v,
        [nameof(SiteSettings.Culture)] = (s, v) => s.Culture = v,
        [nameof(SiteSettings.TimeZone)] = (s, v) => s.TimeZone = v,
        [nameof(SiteSettings.BannerTitle)] = (s, v) => s.BannerTitle = v,
        [nameof(SiteSettings.BannerSubtitle)] = (s, v) => s.BannerSubtitle = v,
        [nameof(SiteSettings.BannerImagePath)] = (s, v) => s.BannerImagePath = v,
        [nameof(SiteSettings.ContactAddress)] = (s, v) => s.ContactAddress = v,
        [nameof(SiteSettings.ContactPhone)] = (s, v) => s.ContactPhone = v,
        [nameof(SiteSettings.ContactEmail)] = (s, v) => s.ContactEmail = v,
    };

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var site = (await sites.GetAsync(cancellationToken)).Clone();
        foreach (var (name, node) in context.Step)
        {
            if (name == "name")
            {
                continue;
            }

            if (node is JsonObject group)
            {
                site.Properties[name] = group.DeepClone();
                continue;
            }

            if (OrchardPlainSetting(context, name, node) is { } kept)
            {
                site.Properties[name] = kept;
                continue;
            }

            if (!Setters.TryGetValue(name, out var set))
            {
                throw context.Error(name, $"unknown setting; known: {string.Join(", ", Setters.Keys)}, PageSize, BaseUrl, TimeZoneId or a settings group object");
            }

            var value = SafeText.Normalize(context.GetString(name) ?? string.Empty).Trim();
            set(site, value);
        }

        if (string.IsNullOrWhiteSpace(site.SiteName) || site.SiteName.Length > 200)
        {
            throw context.Error(nameof(SiteSettings.SiteName), "must have 1 to 200 characters");
        }

        if (SiteSettings.FindCulture(site.Culture) is null)
        {
            throw context.Error(nameof(SiteSettings.Culture), $"'{site.Culture}' is not a known culture (e.g. vi-VN, en-US)");
        }

        if (SiteSettings.FindTimeZone(site.TimeZone) is null)
        {
            throw context.Error(nameof(SiteSettings.TimeZone), $"'{site.TimeZone}' is not a known time zone (e.g. Asia/Ho_Chi_Minh)");
        }

        await sites.SaveAsync(site, cancellationToken);
    }

    /// <summary>
    /// Orchard's plain settings that have no field of their own here, checked and kept with the site's properties
    /// (<c>TimeZoneId</c> is mapped to <c>TimeZone</c> before the step runs, <c>HomeRoute</c> is an object and kept as
    /// a group); null: not one of them.
    /// </summary>
    private static JsonNode? OrchardPlainSetting(RecipeStepContext context, string name, JsonNode? node) => name switch
    {
        "PageSize" => node is JsonValue v && v.TryGetValue<int>(out var size) && size is >= 1 and <= 100
            ? JsonValue.Create(size)
            : throw context.Error(name, "must be a whole number from 1 to 100"),
        "BaseUrl" => context.GetString(name) is { } url && (url.Length == 0 || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            ? JsonValue.Create(url.TrimEnd('/'))
            : throw context.Error(name, "must be an absolute http(s) address or empty"),
        _ => null,
    };
}
