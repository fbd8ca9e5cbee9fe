using System.Net;
using DanVan.Orchard.Contents;
using static DanVan.Web.Tests.Search.SearchTestSupport;

namespace DanVan.Web.Tests.Search;

/// <summary>The reader's search page on a district (real Lucene indexes on disk, the real host).</summary>
public sealed class SearchPageTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    // A district's index is built by the worker when first asked for: the page once it is ready.
    private Task<string> SearchAsync(string prefix, string query) => Eventually.ReturnsAsync(async () =>
    {
        var response = await site.CreateClient().GetAsync($"/{prefix}/tim-kiem?{query}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {(int)response.StatusCode} {html[..Math.Min(html.Length, 2000)]}");
        return html;
    }, h => !h.Contains("data-search-updating", StringComparison.Ordinal), TimeSpan.FromSeconds(60));

    [Fact]
    public async Task Words_typed_without_diacritics_find_the_accented_text_and_are_marked()
    {
        var html = await SearchAsync("hoa-an", "q=giai+phong+mat+bang");
        Assert.True(Count(html) >= 1, html);
        Assert.Contains("<mark>giải</mark>", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Drafts_are_never_found()
    {
        // The sample's draft article ("(Bản nháp) …") and a draft saved now; a published twin shows the index is current.
        await SaveAsync(site, "HoaAn", Article("Bản thảo nhapchuaxuatban", "Tóm tắt.", "Nội dung nhapchuaxuatban."), publish: false);
        var published = await SaveAsync(site, "HoaAn", Article("Tin daxuatbanroi", "Tóm tắt.", "Nội dung nhapchuaxuatban đã xuất bản."));
        await Eventually.ReturnsAsync(() => SearchAsync("hoa-an", "q=daxuatbanroi"), h => HitIds(h).Contains(published), TimeSpan.FromSeconds(1));

        Assert.Equal([published], HitIds(await SearchAsync("hoa-an", "q=nhapchuaxuatban")));
        var html = await SearchAsync("hoa-an", "q=b%E1%BA%A3n+nh%C3%A1p");
        Assert.Equal(0, Count(html));
        Assert.Contains("Gợi ý", html);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"dân vận")]
    [InlineData("( ) * : ~ \\ ! ^ [ ]")]
    [InlineData("dân:vận~2 AND (OR")]
    [InlineData("*")]
    [InlineData("[a TO z]")]
    [InlineData("title_f:dan")]
    public async Task Any_input_gives_results_or_a_message_never_an_error(string input)
    {
        var html = await SearchAsync("hoa-an", "q=" + Uri.EscapeDataString(input));
        Assert.True(Count(html) is not null || html.Contains("data-search-message", StringComparison.Ordinal), html);
    }

    [Fact]
    public async Task An_item_with_text_that_is_not_valid_unicode_is_indexed_and_does_not_stop_the_ones_after_it()
    {
        var broken = await SaveAsync(site, "HoaAn", Article("Tin hongunicode \uD800 lẻ", "Tóm tắt.", "Nội dung \uDC00."));
        var after = await SaveAsync(site, "HoaAn", Article("Tin sauhongunicode", "Tóm tắt.", "Nội dung."));
        await Eventually.ReturnsAsync(() => SearchAsync("hoa-an", "q=sauhongunicode"), h => HitIds(h).Contains(after), TimeSpan.FromSeconds(1));
        Assert.Equal([after], HitIds(await SearchAsync("hoa-an", "q=sauhongunicode")));
        Assert.Equal([broken], HitIds(await SearchAsync("hoa-an", "q=hongunicode")));
    }

    [Fact]
    public async Task A_query_of_two_thousand_characters_is_answered_with_a_message()
    {
        var html = await SearchAsync("hoa-an", "q=" + Uri.EscapeDataString(string.Concat(Enumerable.Repeat("dân vận ", 250))));
        Assert.Contains("data-search-message", html);
        Assert.Contains("quá dài", html);
    }

    [Fact]
    public async Task A_bad_date_is_answered_with_a_message()
    {
        var html = await SearchAsync("hoa-an", "q=dan+van&tu=31/02/2026");
        Assert.Contains("không hợp lệ", html);
    }

    [Fact]
    public async Task Publish_edit_unpublish_delete_and_restore_show_in_results_within_a_second()
    {
        var id = await SaveAsync(site, "HoaAn", Article("Phong trào xanhlamtham của thanh niên", "Tóm tắt.", "Nội dung về phong trào."));
        await Found("xanhlamtham", id, expected: true);

        await RunAsync(site, "HoaAn", async content =>
        {
            var latest = await content.GetLatestVersionAsync(id, CancellationToken.None);
            var item = latest!.Item;
            item.Content["TitlePart"]!["Title"] = "Phong trào vangchanh của thanh niên";
            await content.SaveAsync(item, publish: true, latest.ConcurrencyStamp, ContentActor.System, CancellationToken.None);
        });
        await Found("vangchanh", id, expected: true);
        await Found("xanhlamtham", id, expected: false);

        await RunAsync(site, "HoaAn", content => content.UnpublishAsync(id, ContentActor.System, CancellationToken.None));
        await Found("vangchanh", id, expected: false);

        await RunAsync(site, "HoaAn", content => content.PublishAsync(id, ContentActor.System, CancellationToken.None));
        await Found("vangchanh", id, expected: true);

        await RunAsync(site, "HoaAn", content => content.RemoveAsync(id, ContentActor.System, CancellationToken.None));
        await Found("vangchanh", id, expected: false);

        // Restored as a draft: still not found until published again.
        await RunAsync(site, "HoaAn", content => content.RestoreAsync(id, ContentActor.System, CancellationToken.None));
        await Found("vangchanh", id, expected: false);
        await RunAsync(site, "HoaAn", content => content.PublishAsync(id, ContentActor.System, CancellationToken.None));
        await Found("vangchanh", id, expected: true);
    }

    private async Task Found(string word, string id, bool expected)
    {
        var html = await Eventually.ReturnsAsync(() => SearchAsync("hoa-an", "q=" + word), h => HitIds(h).Contains(id) == expected, TimeSpan.FromSeconds(1));
        Assert.True(HitIds(html).Contains(id) == expected, $"'{word}' should {(expected ? "" : "not ")}find {id} within 1 s");
    }
}
