using System.Text.Json.Nodes;
using DanVan.Orchard.Contents;
using DanVan.Orchard.SiteTransfer;

namespace DanVan.Contents.Export;

/// <summary>
/// Every version of every item (not the deleted ones), oldest first, with its owner, author and dates, as
/// <c>Content</c> steps of a hundred versions each: the <c>Content</c> step stores them back as the same versions, the
/// latest and the published one as they were.
/// </summary>
public sealed class ContentItemsExportSource(IContentManager contents) : ISiteExportSource
{
    private const int BatchSize = 100;

    public int Order => SiteExportOrder.Content;

    public async Task ExportAsync(SiteExportContext context, CancellationToken cancellationToken)
    {
        long after = 0;
        while (true)
        {
            var (versions, next) = await contents.ListVersionsBatchAsync(after, BatchSize, cancellationToken);
            if (versions.Count == 0)
            {
                return;
            }

            var data = new JsonArray(versions.Select(v => (JsonNode?)ContentItemJsonConverter.ToJson(v)).ToArray());
            await context.AddStepAsync(new JsonObject { ["name"] = "Content", ["data"] = data }, cancellationToken);
            after = next;
        }
    }
}
