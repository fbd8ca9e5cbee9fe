using DanVan.Articles.Services;
using DanVan.Articles.ViewModels;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Display;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Articles.Controllers;

[OutputCache(PolicyName = TenantOutputCachePolicy.Name)]
public sealed class ArticleController(TenantContext tenant, PublishedViewCache views) : Controller
{
    private const string CacheKind = "Articles.Show";

    [HttpGet("/tin-tuc/{slug}")]
    public async Task<IActionResult> Show(string? slug, CancellationToken cancellationToken)
    {
        // A blank slug binds as null (MVC turns whitespace into null).
        if (string.IsNullOrWhiteSpace(slug))
        {
            return this.NotFoundPage();
        }

        var path = "tin-tuc/" + slug.ToLowerInvariant();
        var article = await views.GetOrAddAsync(tenant.Shell, CacheKind, path, () => LoadAsync(path, cancellationToken), ArticleViewModelSize.Estimate);
        return article is null ? this.NotFoundPage() : View(article);
    }

    // The content manager and the article index are resolved only when the model is not kept: making them makes a
    // DbContext, a good part of the time of a page rendered afresh.
    private async Task<ArticleViewModel?> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var services = HttpContext.RequestServices;
        var item = await services.GetRequiredService<IContentManager>().GetPublishedByPathAsync(ArticleMapper.ContentType, path, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var article = ArticleMapper.ToViewModel(item);
        var snapshot = await services.GetRequiredService<ArticleIndex>().GetAsync(cancellationToken);
        return article with { Related = snapshot.RelatedTo(article.Url, article.Category, article.Tags, 4) };
    }
}
