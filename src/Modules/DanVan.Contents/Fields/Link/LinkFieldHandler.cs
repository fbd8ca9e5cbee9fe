using DanVan.Orchard.Contents.Fields;

namespace DanVan.Contents.Fields.Link;

/// <summary>LinkField (Orchard's shape): <c>{ "Url": "https://…", "Text": "…" }</c>; the address must be one <see cref="LinkUrl"/> accepts.</summary>
public sealed class LinkFieldHandler : IContentFieldHandler
{
    public Task NormalizeAsync(ContentFieldContext context, CancellationToken cancellationToken)
    {
        var reason = JsonShape.String(context.Value, "Url", LinkUrl.MaxLength) ?? JsonShape.String(context.Value, "Text", 4000);
        if (reason is null && context.Value["Url"]?.GetValue<string>() is { } url)
        {
            reason = LinkUrl.Check(url);
        }

        return reason is null ? Task.CompletedTask : throw context.Error(reason);
    }

    public string? IndexText(ContentFieldContext context) => context.Value["Text"]?.GetValue<string>();
}
