using DanVan.Orchard.Contents;

namespace DanVan.Orchard.Tests.Contents;

public sealed class AutoroutePatternTests
{
    [Theory]
    [InlineData("tin-tuc/{{ ContentItem.DisplayText | slugify }}", "Sơ kết công tác dân vận", "tin-tuc/so-ket-cong-tac-dan-van")]
    [InlineData("{{ContentItem.DisplayText|slugify}}", "Đối thoại", "doi-thoai")]
    [InlineData("/hoi-nghi/{{ ContentItem.DisplayText | slugify }}/", "Hội nghị giao ban", "hoi-nghi/hoi-nghi-giao-ban")]
    public void Orchard_style_patterns_build_the_path(string pattern, string title, string expected)
    {
        Assert.Equal(expected, AutoroutePattern.Apply(pattern, title));
    }

    [Fact]
    public void Other_liquid_expressions_are_refused()
    {
        Assert.Throws<ArgumentException>(() => AutoroutePattern.Apply("{{ ContentItem.ContentItemId }}", "x"));
    }

    [Theory]
    [InlineData("tin-tuc/so-ket", null)]
    [InlineData("admin/so-ket", "reserved")]
    [InlineData("media", "reserved")]
    [InlineData("tin-tuc/Sơ-kết", "lower-case")]
    [InlineData("tin-tuc//x", "lower-case")]
    [InlineData("", "1 to 400")]
    public void Paths_are_checked(string path, string? problem)
    {
        var reason = AutoroutePattern.Validate(path);

        if (problem is null)
        {
            Assert.Null(reason);
        }
        else
        {
            Assert.Contains(problem, reason);
        }
    }

    [Theory]
    [InlineData("{{ Model.ContentItem | display_text | slugify }}", "Giới Thiệu", "gioi-thieu")]
    [InlineData("blog/{{Model.ContentItem|display_text|slugify}}", "Bài Một", "blog/bai-mot")]
    public void Orchards_current_pattern_is_applied(string pattern, string title, string expected) =>
        Assert.Equal(expected, AutoroutePattern.Apply(pattern, title));

    [Theory]
    [InlineData("About", "about")]
    [InlineData("/Blog/Post-1/", "blog/post-1")]
    [InlineData("Giới-Thiệu", "gioi-thieu")]
    [InlineData("a//b", "a/b")]
    public void Given_paths_are_folded_like_slugs(string path, string expected) =>
        Assert.Equal(expected, AutoroutePattern.Fold(path));
}
