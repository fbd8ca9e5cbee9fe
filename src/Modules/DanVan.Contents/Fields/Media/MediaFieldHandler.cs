using DanVan.Orchard.Contents.Fields;

namespace DanVan.Contents.Fields.Media;

/// <summary>MediaField: <c>{ "Paths": ["…"], "MediaTexts": ["…"] }</c>, paths in the tenant's media library with their alt texts.</summary>
public sealed class MediaFieldHandler : IContentFieldHandler
{
    public Task NormalizeAsync(ContentFieldContext context, CancellationToken cancellationToken) =>
        JsonShape.StringArrays(context.Value, "Paths", "MediaTexts") is { } reason ? throw context.Error(reason) : Task.CompletedTask;
}
