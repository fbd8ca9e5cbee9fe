using DanVan.Orchard.Contents.Fields;

namespace DanVan.Contents.Fields.DateTime;

/// <summary>DateTimeField: <c>{ "Value": "2026-10-06T01:30:00.0000000Z" }</c> (ISO 8601, UTC).</summary>
public sealed class DateTimeFieldHandler : IContentFieldHandler
{
    public Task NormalizeAsync(ContentFieldContext context, CancellationToken cancellationToken) =>
        JsonShape.Date(context.Value, "Value") is { } reason ? throw context.Error(reason) : Task.CompletedTask;
}
