using DanVan.Orchard.Display;
using DanVan.Orchard.Text;

namespace DanVan.Articles.ViewModels;

public sealed record ArticleViewModel(
    string Title,
    string? Summary,
    string BodyHtml,
    string? Byline,
    string? Category,
    IReadOnlyList<string> Tags,
    DateTime? PublishedUtc,
    string? FeaturedImage)
{
    // A kept model (PublishedViewCache) is shown by every request of its content generation: what the page derives
    // from it alone is made once and kept beside it. Each memo holds the value it was made from, so a copy made with
    // "with" and a new value never shows the old one's.
    private Memo<string, string>? _body;
    private Memo<IReadOnlyList<string>, IReadOnlyList<TagLink>>? _tags;
    private Memo<string, string>? _categorySlug;

    /// <summary>Tenant-relative path of the article (<c>tin-tuc/…</c>).</summary>
    public string Url { get; init; } = string.Empty;

    public string? CategorySlug => Category is null ? null : Slugifier.Slugify(Category);

    public DateTime? ModifiedUtc { get; init; }

    public IReadOnlyList<ArticleSummary> Related { get; init; } = [];

    /// <summary>The body with its <c>~/</c> links resolved against <paramref name="pathBase"/> (the tenant's prefix).</summary>
    public string BodyFor(string pathBase)
    {
        var memo = _body;
        if (memo is not null && ReferenceEquals(memo.Source, BodyHtml) && memo.Key == pathBase)
        {
            return memo.Value;
        }

        var html = AppRelativeUrls.Resolve(BodyHtml, pathBase);
        _body = new Memo<string, string>(BodyHtml, pathBase, html);
        return html;
    }

    /// <summary>The slug of the category's listing (<c>chuyen-muc/…</c>) of <paramref name="category"/> as the page shows it.</summary>
    public string CategorySlugOf(string? category)
    {
        var memo = _categorySlug;
        var source = category ?? string.Empty;
        if (memo is not null && memo.Source == source)
        {
            return memo.Value;
        }

        var slug = Slugifier.Slugify(category);
        _categorySlug = new Memo<string, string>(source, string.Empty, slug);
        return slug;
    }

    /// <summary>The tags with text, trimmed, each with its slug (empty for a tag with nothing to slug).</summary>
    public IReadOnlyList<TagLink> TagLinks
    {
        get
        {
            var memo = _tags;
            var tags = Tags ?? [];
            if (memo is not null && ReferenceEquals(memo.Source, tags))
            {
                return memo.Value;
            }

            var links = tags.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => new TagLink(t.Trim(), Slugifier.Slugify(t))).ToList();
            _tags = new Memo<IReadOnlyList<string>, IReadOnlyList<TagLink>>(tags, string.Empty, links);
            return links;
        }
    }

    private sealed record Memo<TSource, TValue>(TSource Source, string Key, TValue Value);
}
