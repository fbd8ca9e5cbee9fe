using DanVan.Orchard.Contents;
using DanVan.Orchard.Display;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace DanVan.Articles.Controllers;

[OutputCache(PolicyName = TenantOutputCachePolicy.Name)]
public sealed class ArticleController(ContentManager contents) : Controller
{
    [HttpGet("/tin-tuc/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken)
    {
        var item = await contents.GetPublishedByPathAsync(ArticleMapper.ContentType, "tin-tuc/" + slug.ToLowerInvariant(), cancellationToken);
        return item is null ? NotFound() : View(ArticleMapper.ToViewModel(item));
    }
}
