using DanVan.Search.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace DanVan.Search.Querying;

/// <summary>
/// Highlighted title and snippet of a hit. The stored text is analysed again (folded, like the query's terms), so a
/// word typed without diacritics marks the accented word; fragments begin and end on token boundaries of NFC text,
/// so no word nor diacritic is ever cut, and all other text is HTML-encoded.
/// </summary>
public sealed class SnippetMaker(Query? highlight)
{
    private const int FragmentSize = 160;
    private const int FallbackLength = 220;

    private readonly QueryScorer? _scorer = highlight is null ? null : new QueryScorer(highlight, SearchFields.Highlight);

    public string Title(string title) => Mark(title, whole: true) ?? MinimalHtmlEncoder.Encode(title);

    public string Snippet(string? lead, string? body)
    {
        if (body is { Length: > 0 } && Mark(body, whole: false) is { } fromBody)
        {
            return fromBody;
        }

        if (lead is { Length: > 0 } && Mark(lead, whole: false) is { } fromLead)
        {
            return fromLead;
        }

        return MinimalHtmlEncoder.Encode(Cut(lead is { Length: > 0 } ? lead : body ?? string.Empty, FallbackLength));
    }

    private string? Mark(string text, bool whole)
    {
        if (_scorer is null)
        {
            return null;
        }

        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), MinimalHtmlEncoder.Instance, _scorer)
        {
            TextFragmenter = whole ? new NullFragmenter() : new SimpleSpanFragmenter(_scorer, FragmentSize),
            MaxDocCharsToAnalyze = 50_000,
        };
        using var tokens = VietnameseAnalyzer.Instance.GetTokenStream(SearchFields.Highlight, text);
        var fragments = highlighter.GetBestFragments(tokens, text, whole ? 1 : 2, " … ");
        return string.IsNullOrEmpty(fragments) ? null : fragments;
    }

    /// <summary>At most <paramref name="length"/> characters, ending at a space (an ellipsis when cut).</summary>
    public static string Cut(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var space = text.LastIndexOf(' ', length);
        return text[..(space > 0 ? space : length)].TrimEnd(',', '.', ';', ':') + "…";
    }
}
