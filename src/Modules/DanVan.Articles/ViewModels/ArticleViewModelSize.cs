namespace DanVan.Articles.ViewModels;

/// <summary>What an article's page model takes in memory, roughly: its text (two bytes a character) and object overheads.</summary>
public static class ArticleViewModelSize
{
    private const long Overhead = 512;

    public static long Estimate(ArticleViewModel model)
    {
        long chars = model.Title.Length + (model.Summary?.Length ?? 0) + model.BodyHtml.Length + (model.Byline?.Length ?? 0) +
            (model.Category?.Length ?? 0) + (model.FeaturedImage?.Length ?? 0) + model.Url.Length;
        if (model.BodyHtml.Contains("~/", StringComparison.Ordinal))
        {
            // The body with its ~/ links resolved is kept beside it once the page is first rendered.
            chars += model.BodyHtml.Length;
        }

        foreach (var tag in model.Tags)
        {
            chars += tag.Length;
        }

        // Related articles are the tenant's article index's own summaries: only the references are this entry's.
        return chars * 2 + model.Related.Count * 8L + Overhead;
    }
}
