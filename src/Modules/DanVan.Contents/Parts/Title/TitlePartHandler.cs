using DanVan.Orchard.Contents.Parts;

namespace DanVan.Contents.Parts.Title;

/// <summary>A title is a string of at most 500 characters; a non-empty one is the item's display text.</summary>
public sealed class TitlePartHandler : IContentPartHandler
{
    public Task NormalizeAsync(ContentPartContext context, CancellationToken cancellationToken)
    {
        if (context.Part?["Title"] is { } title &&
            (title is not System.Text.Json.Nodes.JsonValue v || !v.TryGetValue<string>(out var text) || text.Length > TitlePart.MaxLength))
        {
            throw context.Error("Title", $"must be a string of at most {TitlePart.MaxLength} characters");
        }

        if (context.Part?["Title"]?.GetValue<string>() is { Length: > 0 } value)
        {
            context.Item.DisplayText = value;
        }

        return Task.CompletedTask;
    }

    public DanVan.Orchard.Contents.Parts.ContentIndexRole IndexRole => DanVan.Orchard.Contents.Parts.ContentIndexRole.Title;

    public string? IndexText(ContentPartContext context) => context.Part?["Title"]?.GetValue<string>();
}
