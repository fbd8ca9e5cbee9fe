using System.Text;
using DanVan.Orchard.Contents;

namespace DanVan.Orchard.Tests.Contents;

public sealed class HtmlNestingTests
{
    private const int Limit = 100;

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    [Theory]
    [InlineData("<p>Một</p><p>Hai</p>", 1)]
    [InlineData("<p>Một<p>Hai<p>Ba", 1)]
    [InlineData("<ul><li>a<li>b<li><strong>c</strong></ul>", 3)]
    [InlineData("<figure><img src=\"a.jpg\" alt=\"x > y\"><figcaption>Ảnh</figcaption></figure>", 2)]
    [InlineData("<table><tbody><tr><td>1<td>2</tr><tr><td><b>3</b></table><p>sau</p>", 5)]
    [InlineData("<div><p>không đóng</div><div><p>lại</div>", 2)]
    [InlineData("<!-- <div><div><div> --><p>x</p>", 1)]
    [InlineData("<p>a<br>b<hr><img src=x></p>", 1)]
    public void Ordinary_markup_counts_its_real_depth(string html, int expected)
    {
        Assert.Equal(expected, HtmlNesting.MaxDepth(html, Limit));
    }

    [Fact]
    public void A_hundred_thousand_nested_divs_pass_the_limit()
    {
        var html = Repeat("<div>", 100_000) + "x" + Repeat("</div>", 100_000);

        Assert.Equal(Limit + 1, HtmlNesting.MaxDepth(html, Limit));
    }

    /// <summary>Markup that parses deeply but could look shallow to a careless scan.</summary>
    [Theory]
    [InlineData("<div/>")]
    [InlineData("<div title=\"></div>\">")]
    [InlineData("<div><!--</div>-->")]
    [InlineData("<div><textarea></div></textarea>")]
    [InlineData("<div><script></div></script>")]
    [InlineData("<div><script><!--<script></script></div>")]
    [InlineData("<b><p></b>")]
    [InlineData("<div></ſpan><span>")]
    [InlineData("<DIV>")]
    [InlineData("<div\u000B>")]
    public void Deep_markup_is_never_counted_shallow(string unit)
    {
        Assert.True(HtmlNesting.MaxDepth(Repeat(unit, 300), Limit) > Limit);
    }

    /// <summary>A construct that would make a scan skip the rest of the document, followed by deep nesting.</summary>
    [Theory]
    [InlineData("<p class=a'b>")]
    [InlineData("<p =\">")]
    [InlineData("<p /=\">")]
    [InlineData("<p a/=\">")]
    [InlineData("<!-->")]
    [InlineData("<!--->")]
    [InlineData("<!x a='>")]
    [InlineData("</1 a='>")]
    [InlineData("<script><x a=\"</script>")]
    [InlineData("<svg><title><!--</title>")]
    public void Nothing_hides_the_rest_of_the_document(string prefix)
    {
        Assert.True(HtmlNesting.MaxDepth(prefix + Repeat("<div>", 300), Limit) > Limit);
    }
}
