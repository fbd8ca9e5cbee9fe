using System.Text.RegularExpressions;

namespace DanVan.Web.Tests.Contents;

/// <summary>The Page type's sample pages name each district's own board; the home page's news cards show their photos.</summary>
[Collection(ReaderSiteCollection.Name)]
public sealed partial class SamplePagesTests(ProvisionedSiteFixture site)
{
    [Theory]
    [InlineData("/hoa-an", "Ban Dân vận Huyện ủy Hòa An")]
    [InlineData("/tra-linh", "Ban Dân vận Huyện ủy Trà Lĩnh")]
    public async Task The_sample_about_page_names_the_districts_own_board_and_is_on_the_menu(string prefix, string board)
    {
        var client = site.Client(prefix);

        var about = await client.GetStringAsync("/gioi-thieu");
        var contact = await client.GetStringAsync("/lien-he");
        var body = ArticleBody().Match(about).Value;

        Assert.Contains("<h1 class=\"article__title page-title\">Giới thiệu</h1>", about);
        Assert.Contains($"<p>{board} là cơ quan tham mưu", body);
        Assert.DoesNotContain("Yên Khê", body);
        Assert.Contains($"xin gửi về {board}.", contact);
        Assert.Contains($"href=\"{prefix}/gioi-thieu\"", about);
        Assert.Contains($"href=\"{prefix}/lien-he\"", about);
    }

    [Fact]
    public async Task The_sample_meeting_report_is_organised_by_the_districts_own_board()
    {
        var html = await site.Client("/tra-linh").GetStringAsync("/" + ProvisionedSiteFixture.SampleMeetingPath);

        Assert.Contains("Ban Dân vận Huyện ủy Trà Lĩnh", html);
        Assert.DoesNotContain("Ban Dân vận Huyện ủy Yên Khê", html);
    }

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
        Assert.Equal(System.Net.HttpStatusCode.OK, photo.StatusCode);
        Assert.StartsWith("image/", photo.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }

    [GeneratedRegex("<div class=\"article__body prose\">.*?</div>", RegexOptions.Singleline)]
    private static partial Regex ArticleBody();

    [GeneratedRegex("<img class=\"card__thumb\"[^>]*>", RegexOptions.Singleline)]
    private static partial Regex Thumb();

    [GeneratedRegex("src=\"([^\"]+)\"")]
    private static partial Regex Src();
}
