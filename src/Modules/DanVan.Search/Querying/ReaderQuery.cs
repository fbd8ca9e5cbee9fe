namespace DanVan.Search.Querying;

/// <summary>
/// What a reader typed, read as words and quoted phrases. Nothing is syntax: quotes make phrases (an unbalanced one is
/// ignored), every other character is a separator or part of a word as the analysis decides.
/// </summary>
public sealed record ReaderQuery(IReadOnlyList<string> Words, IReadOnlyList<string> Phrases)
{
    /// <summary>Quoted phrases read; more are ignored (each costs a positional query over every text field).</summary>
    public const int MaxPhrases = 6;

    public bool IsEmpty => Words.Count == 0 && Phrases.Count == 0;

    public static ReaderQuery Parse(string text)
    {
        var words = new List<string>();
        var phrases = new List<string>();
        var parts = text.Replace('“', '"').Replace('”', '"').Split('"');

        // Even parts are outside quotes, odd ones inside; with an odd number of quotes the last part has no closing
        // quote and is read as words.
        for (var i = 0; i < parts.Length; i++)
        {
            var inside = i % 2 == 1 && i < parts.Length - 1;
            if (inside)
            {
                if (!string.IsNullOrWhiteSpace(parts[i]) && phrases.Count < MaxPhrases)
                {
                    phrases.Add(parts[i]);
                }
            }
            else if (!string.IsNullOrWhiteSpace(parts[i]))
            {
                words.Add(parts[i]);
            }
        }

        return new ReaderQuery(words, phrases);
    }
}
