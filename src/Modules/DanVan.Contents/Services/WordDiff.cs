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

    /// <summary>
    /// Most words compared per side. DiffPlex's diff costs (N+M)·D: two different half-megabyte bodies would hold a
    /// core for minutes, so longer texts are compared by paragraph instead.
    /// </summary>
    public const int MaxWordsPerSide = 20_000;

    /// <summary>Most paragraphs compared per side when the words are too many; beyond that only "changed or not" is said.</summary>
    public const int MaxParagraphsPerSide = 2_000;

    public const string TooLongForWords = "Bản quá dài để so sánh từng chữ: so sánh theo đoạn.";

    public const string TooLongForParagraphs = "Bản quá dài để so sánh từng chữ hay từng đoạn: chỉ cho biết có thay đổi hay không.";

    /// <summary>The comparison as HTML, whether anything changed, and why it is coarser than word by word (or null).</summary>
    public static (IHtmlContent Html, bool Changed, string? Notice) Render(string oldText, string newText)
    {
        if (string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            return (new HtmlString(Encoder.Encode(oldText)), false, null);
        }

        if (WordChunker.Instance.Chunk(oldText).Count <= MaxWordsPerSide && WordChunker.Instance.Chunk(newText).Count <= MaxWordsPerSide)
        {
            var (html, changed) = Diff(oldText, newText, WordChunker.Instance);
            return (html, changed, null);
        }

        if (LineChunker.Instance.Chunk(oldText).Count <= MaxParagraphsPerSide && LineChunker.Instance.Chunk(newText).Count <= MaxParagraphsPerSide)
        {
            var (html, changed) = Diff(oldText, newText, LineChunker.Instance);
            return (html, changed, TooLongForWords);
        }

        return (HtmlString.Empty, true, TooLongForParagraphs);
    }

    private static (IHtmlContent Html, bool Changed) Diff(string oldText, string newText, IChunker chunker)
    {
        var result = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, chunker);
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
