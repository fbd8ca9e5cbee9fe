using DanVan.Orchard.Display;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Theme.Chrome;

/// <summary>
/// What the layout's head links, banner, menu and footer show. Read from the tenant's settings, menu and features
/// and the request's path base only (the tenant's prefix), so their HTML is kept per tenant (<see cref="SiteChrome"/>);
/// what depends on the page (title, breadcrumbs, the current menu entry, the search box's text) is not in here.
/// </summary>
public sealed record SiteChromeModel
{
    public required string SiteName { get; init; }

    public required string BannerTitle { get; init; }

    public string? BannerSubtitle { get; init; }

    /// <summary>The banner's image: the tenant's own, or the theme's default SVG.</summary>
    public required string BannerUrl { get; init; }

    public required string HomeUrl { get; init; }

    /// <summary>The menu's entries with their links resolved; "Trang chủ" alone for an empty menu.</summary>
    public required IReadOnlyList<MenuLink> MenuLinks { get; init; }

    public string? ContactAddress { get; init; }

    public string? ContactPhone { get; init; }

    public string? ContactEmail { get; init; }

    public string? PhoneHref { get; init; }

    public string? MailHref { get; init; }

    public bool HasContact => !string.IsNullOrWhiteSpace(ContactAddress) || !string.IsNullOrWhiteSpace(ContactPhone) || !string.IsNullOrWhiteSpace(ContactEmail);

    /// <summary>The search module places its box in the banner and the menu, and its OpenSearch link in the head.</summary>
    public bool HasSearch { get; init; }

    public bool HasFeedback { get; init; }

    /// <summary>The copyright year, in the tenant's time zone.</summary>
    public int Year { get; init; }

    /// <summary>The site's name, falling back to the tenant's own name when the setting is blank.</summary>
    public static string SiteNameOf(TenantContext tenant)
    {
        var siteName = tenant.Site.SiteName;
        if (!string.IsNullOrWhiteSpace(siteName))
        {
            return siteName;
        }

        if (!tenant.HasTenant)
        {
            return "Ban Dân vận";
        }

        var settings = tenant.Settings;
        return string.IsNullOrWhiteSpace(settings.DisplayName) ? settings.Name : settings.DisplayName;
    }

    /// <summary>The year the footer shows now: a part of the kept chrome's name, so it turns over on New Year's Day.</summary>
    public static int CurrentYear(TenantContext tenant) => tenant.ToLocal(DateTime.UtcNow).Year;

    public static async Task<SiteChromeModel> BuildAsync(TenantContext tenant, IUrlHelper url, HttpContext context, CancellationToken cancellationToken)
    {
        var site = tenant.Site;
        var siteName = SiteNameOf(tenant);
        var homeUrl = url.Content("~/") ?? "/";

        // "~/…" is resolved against the tenant's path base; "/…" and "https://…" are used as they are.
        string Resolve(string link) => link.StartsWith("~/", StringComparison.Ordinal) ? url.Content(link) ?? link : link;

        var services = context.RequestServices;
        var menu = await services.GetRequiredService<MenuService>().GetForReadersAsync(cancellationToken);
        var links = menu
            .Where(item => !string.IsNullOrWhiteSpace(item.Text) && !string.IsNullOrWhiteSpace(item.Url))
            .Select(item => new MenuLink(item.Text, Resolve(item.Url.Trim())))
            .ToList();
        if (links.Count == 0)
        {
            links.Add(new MenuLink("Trang chủ", homeUrl));
        }

        // The features are read only for a running tenant: a tenant being set up has no database to read them from.
        var running = tenant.HasTenant && tenant.Settings.State == TenantState.Running;
        var features = running ? await services.GetRequiredService<FeatureManager>().GetEnabledAsync(cancellationToken) : null;

        // An image behind the title rather than a style attribute: the Content-Security-Policy allows no inline style.
        var bannerPath = string.IsNullOrWhiteSpace(site.BannerImagePath) ? "~/_content/DanVan.Theme/images/banner.svg" : site.BannerImagePath.Trim();
        var phone = site.ContactPhone;
        return new SiteChromeModel
        {
            SiteName = siteName,
            BannerTitle = string.IsNullOrWhiteSpace(site.BannerTitle) ? siteName : site.BannerTitle,
            BannerSubtitle = site.BannerSubtitle,
            BannerUrl = url.Content(bannerPath) ?? string.Empty,
            HomeUrl = homeUrl,
            MenuLinks = links,
            ContactAddress = site.ContactAddress,
            ContactPhone = phone,
            ContactEmail = site.ContactEmail,
            PhoneHref = string.IsNullOrWhiteSpace(phone) ? null : "tel:" + new string(phone.Where(c => char.IsDigit(c) || c == '+').ToArray()),
            MailHref = string.IsNullOrWhiteSpace(site.ContactEmail) ? null : "mailto:" + site.ContactEmail.Trim(),
            HasSearch = features?.Contains(FeatureIds.Search) == true,
            HasFeedback = features?.Contains(FeatureIds.Feedback) == true,
            Year = CurrentYear(tenant),
        };
    }

    /// <summary>
    /// The menu's own link (normalised) that is the page at <paramref name="currentPath"/>, else null: the name of the
    /// banner's kept variant comes from the menu, never from the request's path.
    /// </summary>
    public string? CurrentMenuHref(string currentPath)
    {
        foreach (var link in MenuLinks)
        {
            var href = Normalise(link.Href);
            if (string.Equals(href, currentPath, StringComparison.OrdinalIgnoreCase))
            {
                return href;
            }
        }

        return null;
    }

    /// <summary>"/hoa-an" and "/hoa-an/" are the same page.</summary>
    public static string Normalise(string path) => path.Length > 1 ? path.TrimEnd('/') : path;

    /// <summary>Estimated bytes, for the cache's bound.</summary>
    public long EstimatedSize() =>
        256 + 2L * (SiteName.Length + BannerTitle.Length + BannerUrl.Length + (BannerSubtitle?.Length ?? 0) + (ContactAddress?.Length ?? 0) +
                    (ContactPhone?.Length ?? 0) + (ContactEmail?.Length ?? 0) + MenuLinks.Sum(l => 32 + l.Text.Length + l.Href.Length));
}
