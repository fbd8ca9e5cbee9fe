using Lucene.Net.Search.Highlight;

namespace DanVan.Search.Querying;

/// <summary>
/// Encodes only what HTML needs (&amp; &lt; &gt; &quot; &#39;): Lucene's and .NET's encoders turn every Vietnamese letter
/// into a numeric entity, which is valid but triples the page and hides the text from anyone reading the source.
/// </summary>
public sealed class MinimalHtmlEncoder : IEncoder
{
    public static MinimalHtmlEncoder Instance { get; } = new();

    public string EncodeText(string originalText) => Encode(originalText);

    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
