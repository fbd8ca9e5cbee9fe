using DanVan.Orchard.Contents;
using Microsoft.Extensions.Options;

namespace DanVan.Orchard.Tests.Contents;

public sealed class HtmlLimitsTests
{
    private static HtmlLimits Limits(int depth = 100, int bytes = 512 * 1024) =>
        new(Options.Create(new ContentOptions { MaxHtmlDepth = depth, MaxHtmlBytes = bytes }));

    [Fact]
    public void An_ordinary_body_passes()
    {
        Assert.Null(Limits().Check("<p><strong>Hội nghị</strong> sơ kết</p><figure><img src=\"a.jpg\"><figcaption>Ảnh</figcaption></figure>"));
    }

    [Fact]
    public void Too_deep_is_refused_with_a_vietnamese_reason_naming_the_limit()
    {
        var reason = Limits(depth: 5).Check(string.Concat(Enumerable.Repeat("<div>", 6)));

        Assert.NotNull(reason);
        Assert.Contains("lồng nhau quá 5 tầng", reason);
    }

    [Fact]
    public void Too_large_is_refused_counting_utf8_bytes()
    {
        var text = "<p>" + new string('ệ', 400) + "</p>";

        Assert.Null(Limits(bytes: 1300).Check(text));
        Assert.Contains("quá dài", Limits(bytes: 1000).Check(text));
    }
}
