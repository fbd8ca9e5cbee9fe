using System.Text.Json;
using System.Text.Json.Nodes;
using DanVan.Orchard.Contents.Parts;
using DanVan.Orchard.Data;

namespace DanVan.Orchard.Contents;

/// <summary>Between a stored row and an item: the index columns written from the item, the item read from its JSON.</summary>
public sealed partial class ContentManager
{
    private static ContentItemRecord NewRecord(ContentItem item) => new()
    {
        ContentItemId = item.ContentItemId,
        ContentItemVersionId = item.ContentItemVersionId,
        ContentType = item.ContentType,
        Data = string.Empty,
    };

    private static void Write(ContentItemRecord record, ContentItem item)
    {
        record.ContentType = item.ContentType;
        record.DisplayText = item.DisplayText;
        record.Latest = item.Latest;
        record.Published = item.Published;
        record.Path = AutoroutePart.Path(item);
        record.Owner = item.Owner;
        record.Author = item.Author;
        record.CreatedUtc = item.CreatedUtc;
        record.ModifiedUtc = item.ModifiedUtc;
        record.PublishedUtc = item.PublishedUtc;
        record.Data = ContentItemJsonConverter.ToJson(item).ToJsonString();
        record.ConcurrencyStamp = NewStamp();
    }

    private static string NewStamp() => Guid.NewGuid().ToString("N");

    private static ContentVersion ToVersion(ContentItemRecord record) => new(ToItem(record), record.ConcurrencyStamp, record.Removed);

    private static ContentItem ToItem(ContentItemRecord record)
    {
        var item = ContentItemJsonConverter.FromJson(JsonNode.Parse(record.Data) as JsonObject
            ?? throw new JsonException($"Content item version {record.ContentItemVersionId} is not a JSON object."));

        // The columns are the truth for state; the document may predate the last state change.
        item.Latest = record.Latest;
        item.Published = record.Published;
        return item;
    }
}
