using DanVan.Orchard.Text;

namespace DanVan.Orchard.Tests.Text;

public sealed class SlugifierTests
{
    [Theory]
    [InlineData("Sơ kết công tác dân vận", "so-ket-cong-tac-dan-van")]
    [InlineData("Đối thoại giữa lãnh đạo huyện với Nhân dân", "doi-thoai-giua-lanh-dao-huyen-voi-nhan-dan")]
    [InlineData("ĐẢNG BỘ HUYỆN ĐÔNG KHÊ", "dang-bo-huyen-dong-khe")]
    [InlineData("Phong trào “Dân vận khéo” giai đoạn 2021–2026", "phong-trao-dan-van-kheo-giai-doan-2021-2026")]
    [InlineData("  Hội nghị -- quý III/2026!  ", "hoi-nghi-quy-iii-2026")]
    [InlineData("Người dân được hỗ trợ 4,8 km đường", "nguoi-dan-duoc-ho-tro-4-8-km-duong")]
    public void Vietnamese_titles_become_ascii_slugs(string title, string expected)
    {
        Assert.Equal(expected, Slugifier.Slugify(title));
    }

    [Fact]
    public void Decomposed_and_composed_input_give_the_same_slug()
    {
        var composed = "Dân vận khéo";
        var decomposed = composed.Normalize(System.Text.NormalizationForm.FormD);

        Assert.NotEqual(composed, decomposed);
        Assert.Equal(Slugifier.Slugify(composed), Slugifier.Slugify(decomposed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ??? …")]
    public void Text_without_letters_or_digits_gives_an_empty_slug(string title)
    {
        Assert.Equal(string.Empty, Slugifier.Slugify(title));
    }

    [Fact]
    public void Long_titles_are_cut_without_a_trailing_dash()
    {
        var slug = Slugifier.Slugify(string.Join(' ', Enumerable.Repeat("dân vận", 60)));

        Assert.True(slug.Length <= Slugifier.MaxLength);
        Assert.False(slug.EndsWith('-'));
    }

    [Fact]
    public async Task Duplicates_get_a_number_from_two()
    {
        var taken = new HashSet<string> { "so-ket", "so-ket-2" };

        Assert.Equal("so-ket-3", await Slugifier.MakeUniqueAsync("so-ket", s => Task.FromResult(taken.Contains(s))));
        Assert.Equal("tong-ket", await Slugifier.MakeUniqueAsync("tong-ket", s => Task.FromResult(taken.Contains(s))));
    }
}
