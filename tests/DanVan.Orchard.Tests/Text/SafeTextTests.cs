using System.Text;
using DanVan.Orchard.Text;

namespace DanVan.Orchard.Tests.Text;

public sealed class SafeTextTests
{
    [Theory]
    [InlineData("Hội\u0001 nghị\u001F", "Hội nghị")]
    [InlineData("a\uFFFEb\uFFFFc", "abc")]
    [InlineData("a\uFDD0b\uFDEFc", "abc")]
    [InlineData("\u0000\u0008\u000B\u000C", "")]
    public void Characters_xml_cannot_carry_and_noncharacters_are_removed(string input, string expected)
    {
        Assert.Equal(expected, SafeText.Strip(input));
    }

    [Fact]
    public void Lone_surrogates_are_removed()
    {
        // Built in code: theory data with a lone surrogate does not survive the test runner's serialization.
        Assert.Equal("abc", SafeText.Strip("a\uD800b\uDC00c"));
        Assert.Equal("ab", SafeText.Strip("ab\uD800"));
    }

    [Fact]
    public void Noncharacters_of_other_planes_are_removed_whole()
    {
        var text = "a" + char.ConvertFromUtf32(0x1FFFE) + "b" + char.ConvertFromUtf32(0x10FFFF) + "c" + char.ConvertFromUtf32(0x1F44D);

        Assert.Equal("abc" + char.ConvertFromUtf32(0x1F44D), SafeText.Strip(text));
    }

    [Fact]
    public void Tabs_newlines_vietnamese_and_emoji_stay()
    {
        const string text = "Dòng 1\tcột\r\nDòng 2\n👍 “Dân vận khéo” – 2026";

        Assert.Same(text, SafeText.Strip(text));
    }

    [Fact]
    public void Normalize_strips_then_composes_so_it_never_throws()
    {
        var decomposed = "Hội nghị".Normalize(NormalizationForm.FormD) + "\uFFFE";

        Assert.Throws<ArgumentException>(() => decomposed.Normalize(NormalizationForm.FormC));
        Assert.Equal("Hội nghị", SafeText.Normalize(decomposed));
    }
}
