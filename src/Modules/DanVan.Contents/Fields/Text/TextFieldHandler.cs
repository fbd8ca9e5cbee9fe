using DanVan.Orchard.Contents.Fields;

namespace DanVan.Contents.Fields.Text;

/// <summary>TextField: <c>{ "Text": "…" }</c>, at most 4,000 characters.</summary>
public sealed class TextFieldHandler : IContentFieldHandler
{
    public const int MaxLength = 4000;

    public Task NormalizeAsync(ContentFieldContext context, CancellationToken cancellationToken) =>
        JsonShape.String(context.Value, "Text", MaxLength) is { } reason ? throw context.Error(reason) : Task.CompletedTask;

    public string? IndexText(ContentFieldContext context) => context.Value["Text"]?.GetValue<string>();
}
