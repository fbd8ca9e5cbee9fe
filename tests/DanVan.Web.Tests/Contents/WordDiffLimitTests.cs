using DanVan.Contents.Services;

namespace DanVan.Web.Tests.Contents;

/// <summary>"So sánh" on very long bodies: the word diff is quadratic in the worst case, so it is bounded, and says so.</summary>
public sealed class WordDiffLimitTests
{
    [Fact]
    public void Short_texts_are_compared_word_by_word()
    {
        var (html, changed, notice) = WordDiff.Render("Hội nghị sơ kết sáu tháng", "Hội nghị tổng kết sáu tháng");

        Assert.True(changed);
        Assert.Null(notice);
        Assert.Contains("<del>sơ</del>", html.ToString());
        Assert.Contains("<ins>tổng</ins>", html.ToString());
    }

    [Fact]
    public void Two_different_bodies_over_the_word_limit_are_compared_by_paragraph()
    {
        // Every word differs: the worst case of the word diff (D = N + M).
        var older = Body("cu", paragraphs: 500, wordsEach: 50);
        var newer = Body("moi", paragraphs: 500, wordsEach: 50);
        Assert.True(older.Split(' ', '\n').Length > WordDiff.MaxWordsPerSide);

        var (html, changed, notice) = WordDiff.Render(older, newer);

        Assert.True(changed);
        Assert.Equal(WordDiff.TooLongForWords, notice);
        Assert.StartsWith("<del>", html.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Bodies_over_the_paragraph_limit_too_are_only_said_to_differ()
    {
        var older = Body("cu", paragraphs: WordDiff.MaxParagraphsPerSide + 500, wordsEach: 10);
        var newer = Body("moi", paragraphs: WordDiff.MaxParagraphsPerSide + 500, wordsEach: 10);

        var (html, changed, notice) = WordDiff.Render(older, newer);

        Assert.True(changed);
        Assert.Equal(WordDiff.TooLongForParagraphs, notice);
        Assert.Equal(string.Empty, html.ToString());
        Assert.False(WordDiff.Render(older, older).Changed);
    }

    private static string Body(string word, int paragraphs, int wordsEach) =>
        string.Join("\n", Enumerable.Range(0, paragraphs).Select(p => string.Join(' ', Enumerable.Range(0, wordsEach).Select(w => $"{word}{p}x{w}"))));
}
