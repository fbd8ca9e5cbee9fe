using DanVan.Orchard.Contents.Fields;

namespace DanVan.Contents.Fields.Taxonomy;

/// <summary>TaxonomyField: <c>{ "TagNames": ["…"], "TermContentItemIds": ["…"] }</c> (this site edits tag names).</summary>
public sealed class TaxonomyFieldHandler : IContentFieldHandler
{
    public Task NormalizeAsync(ContentFieldContext context, CancellationToken cancellationToken) =>
        JsonShape.StringArrays(context.Value, "TagNames", "TermContentItemIds") is { } reason ? throw context.Error(reason) : Task.CompletedTask;

    public DanVan.Orchard.Contents.Parts.ContentIndexRole IndexRole => DanVan.Orchard.Contents.Parts.ContentIndexRole.Keywords;

    public string? IndexText(ContentFieldContext context) => string.Join(", ", JsonShape.Strings(context.Value["TagNames"]));
}
