using DanVan.Articles.ViewModels;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Tenancy;
using DanVan.Orchard.Display;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace DanVan.Articles.Controllers;

[OutputCache(PolicyName = TenantOutputCachePolicy.Name)]
public sealed class HomeController(ContentManager contents, TenantContext tenant, TenantRegistry registry) : Controller
{
    private const int PageSize = 20;

    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var items = await contents.ListPublishedAsync(ArticleMapper.ContentType, 0, PageSize, cancellationToken);
        var subsites = tenant.IsDefault ? Subsites() : [];
        return View(new HomeViewModel(items.Select(ArticleMapper.ToSummary).ToList(), subsites));
    }

    /// <summary>On the provincial portal: every running district subsite reachable by prefix or host.</summary>
    private List<SubsiteLink> Subsites() => registry.Table.All
        .Where(t => !t.IsDefault && t.State == TenantState.Running)
        .Select(t => new SubsiteLink(
            t.Name,
            t.DisplayName ?? t.Name,
            t.RequestUrlPrefix is { } prefix ? $"{Request.PathBase}/{prefix}/" : $"//{t.Hosts.First()}/"))
        .OrderBy(s => s.DisplayName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false))
        .ToList();
}
