using DanVan.Orchard.Contents.Fields;

namespace DanVan.Contents.Fields.Numeric;

/// <summary>NumericField: <c>{ "Value": 12.5 }</c> or null.</summary>
public sealed class NumericFieldHandler : IContentFieldHandler
{
    public Task NormalizeAsync(ContentFieldContext context, CancellationToken cancellationToken) =>
        JsonShape.Of<decimal>(context.Value, "Value", "a number") is { } reason ? throw context.Error(reason) : Task.CompletedTask;
}
