using DanVan.Articles.Services;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Display;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace DanVan.Articles.Controllers;

[OutputCache(PolicyName = TenantOutputCachePolicy.Name)]
public sealed class ArticleController(IContentManager contents, ArticleIndex index) : Controller
{
    [HttpGet("/tin-tuc/{slug}")]
    public async Task<IActionResult> Show(string? slug, CancellationToken cancellationToken)
    {
        // A blank slug binds as null (MVC turns whitespace into null).
        if (string.IsNullOrWhiteSpace(slug))
        {
            return this.NotFoundPage();
        }

        var item = await contents.GetPublishedByPathAsync(ArticleMapper.ContentType, "tin-tuc/" + slug.ToLowerInvariant(), cancellationToken);
        if (item is null)
        {
            return this.NotFoundPage();
        }

        var article = ArticleMapper.ToViewModel(item);
        var snapshot = await index.GetAsync(cancellationToken);
        return View(article with { Related = snapshot.RelatedTo(article.Url, article.Category, article.Tags, 4) });
    }
}
