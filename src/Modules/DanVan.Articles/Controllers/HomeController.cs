using System.Globalization;
using DanVan.Articles.Services;
using DanVan.Articles.ViewModels;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Contents.Parts;
using DanVan.Orchard.Display;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace DanVan.Articles.Controllers;

[OutputCache(PolicyName = TenantOutputCachePolicy.Name)]
public sealed class HomeController(
    ArticleIndex index, IContentManager contents, FeatureManager features, DistrictNews districtNews, TenantContext tenant, ITenantRegistry registry) : Controller
{
    private const int Latest = 10;

    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var snapshot = await index.GetAsync(cancellationToken);
        var meetings = await features.IsEnabledAsync(FeatureIds.MeetingReports, cancellationToken)
            ? (await contents.ListPublishedAsync("MeetingReport", 0, 5, cancellationToken))
                .Select(m => new ContentLink(m.DisplayText ?? string.Empty, AutoroutePart.Path(m) ?? string.Empty, m.PublishedUtc, null))
                .ToList()
            : [];
        var isPortal = tenant.IsDefault;
        return View(new HomeViewModel(
            snapshot.Articles.Count > 0 ? snapshot.Articles[0] : null,
            snapshot.Articles.Skip(1).Take(Latest).ToList(),
            meetings,
            snapshot.Categories,
            isPortal ? Subsites() : [],
            isPortal ? await districtNews.LatestAsync(12, Request.PathBase, cancellationToken) : []));
    }

    /// <summary>On the provincial portal: every running district subsite reachable by prefix or host.</summary>
    private List<SubsiteLink> Subsites() => registry.All
        .Where(t => !t.IsDefault && t.State == TenantState.Running)
        .Select(t => new SubsiteLink(
            t.Name,
            t.DisplayName ?? t.Name,
            t.RequestUrlPrefix is { } prefix ? $"{Request.PathBase}/{prefix}/" : $"//{t.Hosts.First()}/"))
        .OrderBy(s => s.DisplayName, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false))
        .ToList();
}
