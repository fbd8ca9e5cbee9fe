using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace DanVan.Search.Analysis;

/// <summary>
/// Vietnamese analysis by field name (<see cref="SearchFields"/>): text in NFC, words (syllables) by Unicode rules,
/// lower case; <c>_x</c> fields keep the diacritics (exact), <c>_s</c> fields are folded syllable pairs (shingles:
/// "dân vận" → "dan van") so two- and four-syllable words score as units, every other field is folded ("Đảng" →
/// "dang"). Vietnamese writes a word as several syllables separated by spaces; pairs are what make "giải phóng mặt
/// bằng" one thing and not four common syllables.
/// </summary>
public sealed class VietnameseAnalyzer() : Analyzer(PER_FIELD_REUSE_STRATEGY)
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static VietnameseAnalyzer Instance { get; } = new();

    protected override TextReader InitReader(string fieldName, TextReader reader)
    {
        // Text is stored in NFC (so highlighting offsets hold); queries and any decomposed input are brought to it here.
        return new StringReader(TextNormalizer.Nfc(reader.ReadToEnd()));
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = 64 };
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        if (SearchFields.IsExact(fieldName))
        {
            return new TokenStreamComponents(tokenizer, stream);
        }

        stream = new ASCIIFoldingFilter(stream);
        if (SearchFields.IsShingles(fieldName))
        {
            var shingles = new ShingleFilter(stream, 2, 2);
            shingles.SetOutputUnigrams(false);
            stream = shingles;
        }

        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>The terms the field's analysis makes of <paramref name="text"/>, in order.</summary>
    public static List<string> Terms(string field, string text)
    {
        var terms = new List<string>();
        using var stream = Instance.GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
