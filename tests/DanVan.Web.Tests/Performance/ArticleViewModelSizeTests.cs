using DanVan.Articles.ViewModels;

namespace DanVan.Web.Tests.Performance;

/// <summary>A kept article is charged what it holds: a body with ~/ links is kept a second time, resolved, once shown.</summary>
public sealed class ArticleViewModelSizeTests
{
    [Fact]
    public void A_body_with_links_to_resolve_is_charged_for_its_resolved_copy_too()
    {
        var plain = Model("<p><a href=\"/media/bien-ban.pdf\">Biên bản</a></p>");
        var linked = Model("<p><a href=\"~/media/bien-ban.pd\">Biên bản</a></p>");
        Assert.Equal(plain.BodyHtml.Length, linked.BodyHtml.Length);

        Assert.Equal(ArticleViewModelSize.Estimate(plain) + 2L * linked.BodyHtml.Length, ArticleViewModelSize.Estimate(linked));
    }

    private static ArticleViewModel Model(string body) =>
        new("Hội nghị giao ban", null, body, null, "Tin hoạt động", ["Dân vận khéo"], DateTime.UtcNow, null) { Url = "tin-tuc/hoi-nghi" };
}
