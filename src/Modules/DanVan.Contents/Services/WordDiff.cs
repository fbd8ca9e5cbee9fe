using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DiffPlex;
using DiffPlex.Chunkers;
using Microsoft.AspNetCore.Html;

namespace DanVan.Contents.Services;

/// <summary>
/// A word-level comparison of two plain texts (HTML already stripped) as HTML: removed words in &lt;del&gt;, added
/// ones in &lt;ins&gt;, everything escaped. The diff itself is DiffPlex's.
/// </summary>
public static class WordDiff
{
    // Vietnamese letters as they are (the default encoder writes them as &#x…;); only what HTML needs is escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static (IHtmlContent Html, bool Changed) Render(string oldText, string newText)
    {
        var result = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
        var html = new StringBuilder();
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            Append(html, result.PiecesOld, a, block.DeleteStartA - a, null);
            Append(html, result.PiecesOld, block.DeleteStartA, block.DeleteCountA, "del");
            Append(html, result.PiecesNew, block.InsertStartB, block.InsertCountB, "ins");
            a = block.DeleteStartA + block.DeleteCountA;
        }

        Append(html, result.PiecesOld, a, result.PiecesOld.Count - a, null);
        return (new HtmlString(html.ToString()), result.DiffBlocks.Count > 0);
    }

    private static void Append(StringBuilder html, IReadOnlyList<string> pieces, int start, int count, string? tag)
    {
        if (count <= 0)
        {
            return;
        }

        var text = Encoder.Encode(string.Concat(pieces.Skip(start).Take(count)));
        html.Append(tag is null ? text : $"<{tag}>{text}</{tag}>");
    }
}
