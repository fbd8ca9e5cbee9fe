using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DanVan.Orchard.SiteTransfer;

/// <summary>
/// An exported text that happens to read as a recipe script (a title "[js: x]") would be run or refused on import; it
/// is written as <c>[js: base64('…')]</c> instead, which the recipe reader turns back into the same text.
/// </summary>
public static partial class RecipeValueEscaping
{
    public static void Escape(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (value is JsonValue v && v.TryGetValue<string>(out var text) && LooksLikeScript().IsMatch(text))
                    {
                        obj[name] = Encoded(text);
                    }
                    else
                    {
                        Escape(value);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue v && v.TryGetValue<string>(out var text) && LooksLikeScript().IsMatch(text))
                    {
                        array[i] = Encoded(text);
                    }
                    else
                    {
                        Escape(array[i]);
                    }
                }

                break;
        }
    }

    private static string Encoded(string text) => $"[js: base64('{Convert.ToBase64String(Encoding.UTF8.GetBytes(text))}')]";

    // The recipe reader's own test for a script value (RecipeScript).
    [GeneratedRegex(@"^\[(?<kind>[A-Za-z]+):(?<expr>.*)\]$", RegexOptions.Singleline)]
    private static partial Regex LooksLikeScript();
}
