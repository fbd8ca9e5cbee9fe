using System.Text.Json.Nodes;
using DanVan.Orchard.Display;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Settings;

namespace DanVan.Orchard.SiteTransfer;

/// <summary>The framework's part of an export: the enabled features, the themes, the site settings and the main menu.</summary>
public sealed class SiteSettingsExportSource(FeatureManager features, SiteService sites, MenuService menu) : ISiteExportSource
{
    // Orchard's plain settings the Settings step keeps beside the groups; any other plain value it would refuse.
    private static readonly HashSet<string> PlainSettings = new(StringComparer.OrdinalIgnoreCase) { "PageSize", "BaseUrl" };

    public int Order => SiteExportOrder.Site;

    public async Task ExportAsync(SiteExportContext context, CancellationToken cancellationToken)
    {
        var enabled = (await features.GetEnabledAsync(cancellationToken)).Order(StringComparer.OrdinalIgnoreCase);
        await context.AddStepAsync(new JsonObject
        {
            ["name"] = "Feature",
            ["enable"] = new JsonArray(enabled.Select(id => (JsonNode?)JsonValue.Create(id)).ToArray()),
            ["disable"] = new JsonArray(),
        }, cancellationToken);

        var site = await sites.GetAsync(cancellationToken);
        await context.AddStepAsync(new JsonObject { ["name"] = "Themes", ["site"] = site.SiteTheme, ["admin"] = site.AdminTheme }, cancellationToken);

        var settings = new JsonObject { ["name"] = "Settings" };
        foreach (var (key, value) in new (string, string?)[]
        {
            (nameof(site.SiteName), site.SiteName), (nameof(site.Culture), site.Culture), (nameof(site.TimeZone), site.TimeZone),
            (nameof(site.BannerTitle), site.BannerTitle), (nameof(site.BannerSubtitle), site.BannerSubtitle),
            (nameof(site.BannerImagePath), site.BannerImagePath), (nameof(site.ContactAddress), site.ContactAddress),
            (nameof(site.ContactPhone), site.ContactPhone), (nameof(site.ContactEmail), site.ContactEmail),
        })
        {
            if (value is not null)
            {
                settings[key] = value;
            }
        }

        foreach (var (key, value) in site.Properties)
        {
            if (value is JsonObject || PlainSettings.Contains(key))
            {
                settings[key] = SecretSettings.WithoutSecrets(value);
            }
        }

        await context.AddStepAsync(settings, cancellationToken);

        var items = await menu.GetAsync(cancellationToken);
        await context.AddStepAsync(new JsonObject
        {
            ["name"] = "Menu",
            ["Items"] = new JsonArray(items.Select(i => (JsonNode?)new JsonObject { ["Text"] = i.Text, ["Url"] = i.Url }).ToArray()),
        }, cancellationToken);
    }
}
