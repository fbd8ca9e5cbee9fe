namespace DanVan.Web.Tests.Search;

/// <summary>
/// What a reader types, with and without diacritics, in phrases, place names and mixed case, finds the right article
/// first (<see cref="RelevanceSet"/>).
/// </summary>
public sealed class RelevanceTests(RelevanceFixture site) : IClassFixture<RelevanceFixture>
{
    public static TheoryData<string> Queries => new(RelevanceSet.Queries.Select(q => q.Text));

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task The_expected_article_comes_first(string text)
    {
        var query = RelevanceSet.Queries.Single(q => q.Text == text);
        var hits = await site.SearchAsync(text);
        var keys = hits.Select(h => site.IdsByKey.Single(p => p.Value == h.ContentItemId).Key).ToList();
        Assert.True(keys.Count > 0 && keys[0] == query.First, $"'{text}': expected {query.First} first, got [{string.Join(", ", keys.Take(5))}]");
        foreach (var also in query.AlsoInTop3)
        {
            Assert.Contains(also, keys.Take(3));
        }
    }

    [Fact]
    public async Task A_word_typed_with_diacritics_ranks_its_exact_form_before_look_alikes()
    {
        // "vận" folds to "van" like "Vân" and "văn": every article with "vận" itself must come before them.
        var hits = await site.SearchAsync("vận");
        var exact = hits.Select(h => Has(h, "vận")).ToList();
        Assert.Contains(true, exact);
        Assert.Contains(false, exact);
        Assert.True(exact.IndexOf(false) > exact.LastIndexOf(true), string.Join(" | ", hits.Select(h => h.Title)));

        var vân = await site.SearchAsync("Vân");
        Assert.Equal(site.IdsByKey["van-ho"], vân[0].ContentItemId);
    }

    [Fact]
    public async Task Without_diacritics_the_accented_words_are_found_and_marked()
    {
        var hits = await site.SearchAsync("giai phong mat bang");
        Assert.Equal(site.IdsByKey["gpmb"], hits[0].ContentItemId);
        Assert.Contains("<mark>giải</mark> <mark>phóng</mark> <mark>mặt</mark> <mark>bằng</mark>", hits[0].TitleHtml + hits[0].SnippetHtml);
    }

    [Fact]
    public async Task A_quoted_phrase_must_appear_as_written()
    {
        // "mặt bằng" as a phrase: the two articles with it; the words apart elsewhere do not count.
        var keys = (await site.SearchAsync("\"bằng mặt\"")).Select(h => h.ContentItemId).ToList();
        Assert.Empty(keys);
        Assert.Equal(2, (await site.SearchAsync("\"mặt bằng\"")).Count);
    }

    private static bool Has(DanVan.Search.Querying.SearchHit hit, string word) =>
        (hit.Title + " " + hit.SnippetHtml).Contains(word, StringComparison.OrdinalIgnoreCase);
}
