using DanVan.Contents.Services;
using DanVan.Orchard.Contents.Parts;

namespace DanVan.Contents.Parts.HtmlBody;

/// <summary>The body is a string of HTML within the size and nesting limits, stored sanitized.</summary>
public sealed class HtmlBodyPartHandler(HtmlContent html) : IContentPartHandler
{
    public Task NormalizeAsync(ContentPartContext context, CancellationToken cancellationToken)
    {
        if (context.Part?["Html"] is not { } node)
        {
            return Task.CompletedTask;
        }

        if (node is not System.Text.Json.Nodes.JsonValue value || !value.TryGetValue<string>(out var body))
        {
            throw context.Error("Html", "must be a string");
        }

        context.Part["Html"] = html.Sanitize($"{context.Name}.Html", body);
        return Task.CompletedTask;
    }

    public DanVan.Orchard.Contents.Parts.ContentIndexRole IndexRole => DanVan.Orchard.Contents.Parts.ContentIndexRole.Body;

    public string? IndexText(ContentPartContext context) =>
        context.Part?["Html"]?.GetValue<string>() is { } body ? HtmlContent.Text(body) : null;
}
