using DanVan.Orchard.Media;

namespace DanVan.Orchard.Tests.Media;

public sealed class MediaPathTests
{
    [Theory]
    [InlineData("anh/hoi-nghi.jpg", "anh/hoi-nghi.jpg")]
    [InlineData("/anh//2026/hoi-nghi.jpg", "anh/2026/hoi-nghi.jpg")]
    [InlineData("anh%2Fhoi%20nghi.jpg", "anh/hoi nghi.jpg")]
    [InlineData("", "")]
    public void Usable_paths_are_normalized(string raw, string expected)
    {
        Assert.Equal(expected, MediaPath.Normalize(raw));
    }

    [Theory]
    [InlineData("../Default/Media/a.jpg")]
    [InlineData("anh/../../a.jpg")]
    [InlineData("%2e%2e/a.jpg")]
    [InlineData("%252e%252e%252fa.jpg")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("anh\\..\\a.jpg")]
    [InlineData("C:/Windows/win.ini")]
    [InlineData("anh/.htaccess")]
    [InlineData("anh/a\u0000.jpg")]
    public void Traversal_and_hidden_paths_are_refused(string raw)
    {
        Assert.Throws<MediaPathException>(() => MediaPath.Normalize(raw));
    }

    [Fact]
    public void Decomposed_vietnamese_is_stored_composed()
    {
        var decomposed = "ảnh/Hội nghị.jpg".Normalize(System.Text.NormalizationForm.FormD);

        Assert.Equal("ảnh/Hội nghị.jpg", MediaPath.Normalize(decomposed));
    }

    [Theory]
    [InlineData("Ảnh Hội nghị Đảng bộ.JPG", "anh-hoi-nghi-dang-bo.jpg")]
    [InlineData("C:\\Users\\x\\Báo cáo.pdf", "bao-cao.pdf")]
    [InlineData("../../..", "tep")]
    [InlineData("ảnh.j p g", "anh")]
    public void Uploaded_names_get_a_safe_stored_name(string original, string expected)
    {
        Assert.Equal(expected, MediaPath.SafeFileName(original));
    }
}
