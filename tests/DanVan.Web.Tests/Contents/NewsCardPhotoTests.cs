using System.Net;
using System.Text.RegularExpressions;

namespace DanVan.Web.Tests.Contents;

/// <summary>
/// The home page's news cards show each article's photo, as a resized variant. A site of its own: asking for a variant
/// makes it, which the shared site's media tests must not see.
/// </summary>
public sealed partial class NewsCardPhotoTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    [Fact]
    public async Task Home_news_cards_show_the_articles_photo_resized_lazy_with_its_size()
    {
        var client = site.Client("/hoa-an");
        var html = await client.GetStringAsync("/");

        var thumbs = Thumb().Matches(html);
        Assert.NotEmpty(thumbs);
        foreach (Match thumb in thumbs)
        {
            Assert.Contains("loading=\"lazy\"", thumb.Value);
            Assert.Contains("width=\"320\"", thumb.Value);
            Assert.Contains("height=\"180\"", thumb.Value);
        }

        var src = Src().Match(thumbs[0].Value).Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        Assert.Matches(@"^/hoa-an/media/anh/2026/[a-z0-9-]+\.jpg\?width=320$", src);
        var photo = await client.Http.GetAsync(src);
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        Assert.StartsWith("image/", photo.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }

    [GeneratedRegex("<img class=\"card__thumb\"[^>]*>", RegexOptions.Singleline)]
    private static partial Regex Thumb();

    [GeneratedRegex("src=\"([^\"]+)\"")]
    private static partial Regex Src();
}
