namespace DanVan.Orchard.Contents.Parts;

/// <summary>Orchard's HtmlBodyPart as stored: <c>"HtmlBodyPart": { "Html": "…" }</c> (sanitized when stored).</summary>
public static class HtmlBodyPart
{
    public const string Name = "HtmlBodyPart";

    public static string? Html(ContentItem item) => item.Part(Name)?["Html"]?.GetValue<string>();
}
