using System.Text.RegularExpressions;

namespace DanVan.Web.Tests.Contents;

/// <summary>The Page type's sample pages name each district's own board.</summary>
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

    [GeneratedRegex("<div class=\"article__body prose\">.*?</div>", RegexOptions.Singleline)]
    private static partial Regex ArticleBody();
}
