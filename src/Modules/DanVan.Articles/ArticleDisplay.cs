using DanVan.Orchard.Contents;

namespace DanVan.Articles;

public sealed class ArticleDisplay : IContentTypeDisplay
{
    public string ContentType => ArticleMapper.ContentType;

    public string ViewPath => "~/Views/Article/Show.cshtml";

    public string PathPrefix => "tin-tuc/";

    public object BuildViewModel(ContentItem item) => ArticleMapper.ToViewModel(item);
}
