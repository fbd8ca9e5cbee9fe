using System.Globalization;
using DanVan.Articles.ViewModels;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Tenancy;
using DanVan.Orchard.Text;

namespace DanVan.Articles.Services;

/// <summary>
/// The tenant's published articles as summaries, newest first, with their categories and tags: built once per content
/// generation of the tenant (any publish rebuilds it), so home, listings, related articles and feeds need no query.
/// A district publishes hundreds of articles a year; the whole list is a few hundred KB at most.
/// </summary>
public sealed class ArticleIndex(IContentManager contents, TenantContext tenant)
{
    private const string CacheKey = "Articles.Index";

    public async Task<Snapshot> GetAsync(CancellationToken cancellationToken)
    {
        var generation = tenant.Shell.ContentGeneration;
        var cached = await tenant.Shell.Cache.GetOrAddAsync(CacheKey, () => BuildAsync(generation, cancellationToken));
        if (cached.Generation == generation)
        {
            return cached;
        }

        tenant.Shell.Cache.Remove(CacheKey);
        return await tenant.Shell.Cache.GetOrAddAsync(CacheKey, () => BuildAsync(generation, cancellationToken));
    }

    private async Task<Snapshot> BuildAsync(long generation, CancellationToken cancellationToken)
    {
        var items = await contents.ListPublishedAsync(ArticleMapper.ContentType, 0, int.MaxValue, cancellationToken);
        return new Snapshot(generation, items.Select(ArticleMapper.ToSummary).ToList());
    }

    public sealed class Snapshot(long generation, IReadOnlyList<ArticleSummary> articles)
    {
        private static readonly StringComparer Vietnamese = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);

        public long Generation { get; } = generation;

        public IReadOnlyList<ArticleSummary> Articles { get; } = articles;

        public IReadOnlyList<CategoryLink> Categories { get; } = articles
            .Where(a => a.Category is not null)
            .GroupBy(a => Slugifier.Slugify(a.Category))
            .Where(g => g.Key.Length > 0)
            .Select(g => new CategoryLink(g.First().Category!, g.Key, g.Count()))
            .OrderBy(c => c.Name, Vietnamese)
            .ToList();

        public IReadOnlyList<ArticleSummary> InCategory(string slug) =>
            Articles.Where(a => a.Category is not null && Slugifier.Slugify(a.Category) == slug).ToList();

        public IReadOnlyList<ArticleSummary> Tagged(string slug) =>
            Articles.Where(a => a.Tags.Any(t => Slugifier.Slugify(t) == slug)).ToList();

        public string? TagName(string slug) =>
            Articles.SelectMany(a => a.Tags).FirstOrDefault(t => Slugifier.Slugify(t) == slug);

        /// <summary>Up to <paramref name="count"/> other articles sharing tags or the category, most shared first, then newest.</summary>
        public IReadOnlyList<ArticleSummary> RelatedTo(string url, string? category, IReadOnlyList<string> tags, int count) => Articles
            .Where(a => a.Url != url)
            .Select(a => (Article: a, Score: a.Tags.Count(t => tags.Contains(t, StringComparer.OrdinalIgnoreCase)) * 2 +
                (category is not null && string.Equals(a.Category, category, StringComparison.OrdinalIgnoreCase) ? 1 : 0)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score).ThenByDescending(x => x.Article.PublishedUtc)
            .Take(count)
            .Select(x => x.Article)
            .ToList();
    }
}
