using System.Text.Json;
using System.Text.Json.Nodes;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Data;
using DanVan.Orchard.SiteTransfer;

namespace DanVan.Contents.Export;

/// <summary>The tenant's content types and parts, as the <c>ContentDefinition</c> step reads them.</summary>
public sealed class ContentDefinitionExportSource(ContentDefinitionManager definitions) : ISiteExportSource
{
    public int Order => SiteExportOrder.ContentDefinition;

    public async Task ExportAsync(SiteExportContext context, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        var step = new JsonObject
        {
            ["name"] = "ContentDefinition",
            ["ContentTypes"] = JsonSerializer.SerializeToNode(definition.ContentTypes, DocumentJson.SerializerOptions),
            ["ContentParts"] = JsonSerializer.SerializeToNode(definition.ContentParts, DocumentJson.SerializerOptions),
        };
        await context.AddStepAsync(step, cancellationToken);
    }
}
