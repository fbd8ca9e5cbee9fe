using DanVan.Orchard.Contents.Fields;

namespace DanVan.Contents.Fields.Date;

/// <summary>DateField: <c>{ "Value": "2026-10-06T00:00:00Z" }</c>; a date written without a time (a recipe's "2026-10-06") is stored so.</summary>
public sealed class DateFieldHandler : IContentFieldHandler
{
    public Task NormalizeAsync(ContentFieldContext context, CancellationToken cancellationToken)
    {
        if (JsonShape.Date(context.Value, "Value") is { } reason)
        {
            throw context.Error(reason);
        }

        if (IsoDate.Parse(context.Value["Value"]?.GetValue<string>()) is { } date)
        {
            context.Value["Value"] = IsoDate.Format(DateOnly.FromDateTime(date));
        }

        return Task.CompletedTask;
    }
}
