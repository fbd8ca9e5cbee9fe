using System.Text;

namespace DanVan.Search.Analysis;

/// <summary>NFC for text to index or search; text that is not valid Unicode (a lone surrogate) has those code units replaced first.</summary>
public static class TextNormalizer
{
    public static string Nfc(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // Normalization refuses invalid code points; one bad character must not keep an item out of the index
            // (nor stop the tasks after it) or turn a query into an error.
            var clean = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    clean.Append(text[i]).Append(text[++i]);
                }
                else
                {
                    clean.Append(char.IsSurrogate(text[i]) ? '\uFFFD' : text[i]);
                }
            }

            return clean.ToString().Normalize(NormalizationForm.FormC);
        }
    }
}
