namespace DanVan.AuditTrail.Handlers;

internal static class TextLimits
{
    /// <summary>Cuts <paramref name="text"/> to <paramref name="maxLength"/> characters without splitting a surrogate pair.</summary>
    public static string? Truncate(string? text, int maxLength)
    {
        if (text is null || text.Length <= maxLength)
        {
            return text;
        }

        var length = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return text[..length];
    }
}
