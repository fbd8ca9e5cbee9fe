using DanVan.Articles.Services;
using DanVan.Articles.ViewModels;
using DanVan.Orchard.Display;
using DanVan.Orchard.Settings;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace DanVan.Articles.Controllers;

/// <summary>Articles of a category (<c>/chuyen-muc/{slug}</c>) or a tag (<c>/tu-khoa/{slug}</c>), 10 a page (<c>?trang=2</c>) unless the site's <c>PageSize</c> says otherwise.</summary>
[OutputCache(PolicyName = TenantOutputCachePolicy.Name)]
public sealed class ListingController(ArticleIndex index, TenantContext tenant) : Controller
{
    /// <summary>Items a page unless the site's <c>PageSize</c> setting (Orchard's) says otherwise.</summary>
    public const int PageSize = 10;

    [HttpGet("/chuyen-muc/{slug}")]
    public async Task<IActionResult> Category(string slug, int trang = 1, CancellationToken cancellationToken = default)
    {
        var snapshot = await index.GetAsync(cancellationToken);
        var category = snapshot.Categories.FirstOrDefault(c => c.Slug == slug);
        return category is null
            ? this.NotFoundPage()
            : Page("Chuyên mục: " + category.Name, "chuyen-muc", category.Name, slug, snapshot.InCategory(slug), trang, $"chuyen-muc/{slug}/rss.xml");
    }

    [HttpGet("/tu-khoa/{slug}")]
    public async Task<IActionResult> Tag(string slug, int trang = 1, CancellationToken cancellationToken = default)
    {
        var snapshot = await index.GetAsync(cancellationToken);
        var tag = snapshot.TagName(slug);
        return tag is null
            ? this.NotFoundPage()
            : Page("Từ khóa: " + tag, "tu-khoa", tag, slug, snapshot.Tagged(slug), trang, null);
    }

    private IActionResult Page(string heading, string kind, string name, string slug, IReadOnlyList<ArticleSummary> all, int page, string? feed)
    {
        var size = OrchardPlainSettings.PageSize(tenant.Site, PageSize);
        var pager = Pager.Of(page, size, all.Count);
        if (pager.IsOutOfRange)
        {
            // A page past the end is not a page: 404, so search engines drop it, with links back on the page.
            return this.NotFoundPage();
        }

        var items = all.Skip(pager.Skip).Take(size).ToList();
        return View("~/Views/Listing/Index.cshtml", new ListingViewModel(heading, kind, name, slug, items, pager) { FeedUrl = feed });
    }
}
