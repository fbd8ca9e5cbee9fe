using DanVan.Contents.Services;
using DanVan.Orchard.Contents.Fields;

namespace DanVan.Contents.Fields.Html;

/// <summary>HtmlField: <c>{ "Html": "…" }</c>, within the HTML limits, stored sanitized.</summary>
public sealed class HtmlFieldHandler(HtmlContent html) : IContentFieldHandler
{
    public Task NormalizeAsync(ContentFieldContext context, CancellationToken cancellationToken)
    {
        if (JsonShape.String(context.Value, "Html", 1_000_000) is { } reason)
        {
            throw context.Error(reason);
        }

        if (context.Value["Html"]?.GetValue<string>() is { } value)
        {
            context.Value["Html"] = html.Sanitize(context.Path, value);
        }

        return Task.CompletedTask;
    }

    public DanVan.Orchard.Contents.Parts.ContentIndexRole IndexRole => DanVan.Orchard.Contents.Parts.ContentIndexRole.Body;

    public string? IndexText(ContentFieldContext context) =>
        context.Value["Html"]?.GetValue<string>() is { } value ? HtmlContent.Text(value) : null;
}
