using DanVan.Orchard.Contents.Fields;

namespace DanVan.Contents.Fields.Boolean;

/// <summary>BooleanField: <c>{ "Value": true }</c> or null.</summary>
public sealed class BooleanFieldHandler : IContentFieldHandler
{
    public Task NormalizeAsync(ContentFieldContext context, CancellationToken cancellationToken) =>
        JsonShape.Of<bool>(context.Value, "Value", "true or false") is { } reason ? throw context.Error(reason) : Task.CompletedTask;
}
