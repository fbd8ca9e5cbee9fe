using System.Net;
using System.Text.RegularExpressions;
using DanVan.Web.Tests.Editor;

namespace DanVan.Web.Tests;

/// <summary>"Menu chính": the ↑/↓ buttons of a row (plain form posts) save the new order, and readers see it at once.</summary>
public sealed partial class MenuReorderTests(EditorSite site) : IClassFixture<EditorSite>
{
    [Fact]
    public async Task Moving_an_entry_down_saves_the_order_and_the_public_menu_follows()
    {
        var admin = await site.SignedInAsync();
        var reader = site.Client("/hoa-an");
        var (texts, urls) = Rows(await admin.GetStringAsync("/admin/menu"));
        Assert.True(texts.Count >= 2, "the district-board recipe's menu has entries");
        var home = await reader.GetStringAsync("/");
        Assert.True(Position(home, texts[0]) < Position(home, texts[1]));

        var fields = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < texts.Count; i++)
        {
            fields.Add(new($"Rows[{i}].Text", texts[i]));
            fields.Add(new($"Rows[{i}].Url", urls[i]));
        }

        fields.Add(new("move", "down:0"));
        var moved = await admin.PostFormAsync("/admin/menu", "/admin/menu", fields);

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var page = await admin.GetStringAsync("/admin/menu");
        Assert.Contains($"Đã chuyển “{texts[0]}”", page);
        var (after, _) = Rows(page);
        Assert.Equal([texts[1], texts[0], .. texts.Skip(2)], after);
        home = await reader.GetStringAsync("/");
        Assert.True(Position(home, texts[1]) < Position(home, texts[0]), "the public menu (a cached page) shows the new order");
        Assert.Contains("aria-label=\"Chuyển “" + texts[1] + "” xuống\"", page);
    }

    private static int Position(string html, string text)
    {
        var at = html.IndexOf(">" + text.Replace("&", "&amp;", StringComparison.Ordinal) + "<", StringComparison.Ordinal);
        Assert.True(at >= 0, $"“{text}” is not on the page");
        return at;
    }

    private static (List<string> Texts, List<string> Urls) Rows(string html)
    {
        var texts = RowInput().Matches(html).Where(m => m.Groups["f"].Value == "Text" && m.Groups["v"].Value.Length > 0).ToList();
        var urls = RowInput().Matches(html).Where(m => m.Groups["f"].Value == "Url").ToDictionary(m => m.Groups["i"].Value, m => WebUtility.HtmlDecode(m.Groups["v"].Value));
        return (texts.Select(m => WebUtility.HtmlDecode(m.Groups["v"].Value)).ToList(), texts.Select(m => urls[m.Groups["i"].Value]).ToList());
    }

    [GeneratedRegex("name=\"Rows\\[(?<i>\\d+)\\]\\.(?<f>Text|Url)\"[^>]*?value=\"(?<v>[^\"]*)\"")]
    private static partial Regex RowInput();
}
