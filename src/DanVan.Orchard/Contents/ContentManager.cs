using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DanVan.Orchard.Data;
using DanVan.Orchard.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Orchard.Contents;

/// <summary>Stores and queries the current tenant's content items.</summary>
public sealed class ContentManager(TenantDbContext db, ContentDefinitionManager definitions, HtmlSanitizerService sanitizer, Tenancy.TenantContext tenant)
{
    public async Task<ContentItem?> GetPublishedByPathAsync(string contentType, string path, CancellationToken cancellationToken)
    {
        var record = await db.ContentItems.AsNoTracking()
            .Where(c => c.Path == path && c.Published && c.ContentType == contentType)
            .FirstOrDefaultAsync(cancellationToken);
        return record is null ? null : ToItem(record);
    }

    public async Task<IReadOnlyList<ContentItem>> ListPublishedAsync(string contentType, int skip, int take, CancellationToken cancellationToken)
    {
        var records = await db.ContentItems.AsNoTracking()
            .Where(c => c.ContentType == contentType && c.Published)
            .OrderByDescending(c => c.PublishedUtc).ThenByDescending(c => c.Id)
            .Skip(skip).Take(take)
            .ToListAsync(cancellationToken);
        return records.Select(ToItem).ToList();
    }

    public async Task<ContentItem?> GetLatestAsync(string contentItemId, CancellationToken cancellationToken)
    {
        var record = await db.ContentItems.AsNoTracking()
            .FirstOrDefaultAsync(c => c.ContentItemId == contentItemId && c.Latest, cancellationToken);
        return record is null ? null : ToItem(record);
    }

    /// <summary>
    /// Validates, normalises and stores an item given in Orchard's shape (a recipe, an import): the same version id updates
    /// that version; a new version of an existing item becomes the latest (and the published one, if published).
    /// </summary>
    public async Task ImportAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        var type = definition.FindType(item.ContentType)
            ?? throw new ContentFormatException(nameof(ContentItem.ContentType), $"unknown content type '{item.ContentType}'");

        NormalizeStrings(item.Content);
        item.DisplayText = item.DisplayText?.Normalize(NormalizationForm.FormC);
        Validate(item, type, definition);

        var now = DateTime.UtcNow;
        item.ContentItemId = string.IsNullOrEmpty(item.ContentItemId) ? ContentItem.NewId() : item.ContentItemId;
        item.ContentItemVersionId = string.IsNullOrEmpty(item.ContentItemVersionId) ? ContentItem.NewId() : item.ContentItemVersionId;
        item.DisplayText ??= item.Part("TitlePart")?["Title"]?.GetValue<string>();
        item.CreatedUtc ??= now;
        item.ModifiedUtc ??= now;
        if (item.Published)
        {
            item.PublishedUtc ??= now;
            item.Latest = true;
        }

        SanitizeHtml(item, type, definition);
        var path = await AssignPathAsync(item, type, cancellationToken);

        var existing = await db.ContentItems.Where(c => c.ContentItemId == item.ContentItemId).ToListAsync(cancellationToken);
        var record = existing.Find(r => r.ContentItemVersionId == item.ContentItemVersionId);
        foreach (var other in existing.Where(r => r != record))
        {
            other.Latest &= !item.Latest;
            other.Published &= !item.Published;
        }

        if (record is null)
        {
            record = new ContentItemRecord { ContentItemId = item.ContentItemId, ContentItemVersionId = item.ContentItemVersionId, ContentType = item.ContentType, Data = string.Empty };
            db.ContentItems.Add(record);
        }

        record.ContentType = item.ContentType;
        record.DisplayText = item.DisplayText;
        record.Latest = item.Latest;
        record.Published = item.Published;
        record.Path = path;
        record.Owner = item.Owner;
        record.Author = item.Author;
        record.CreatedUtc = item.CreatedUtc;
        record.ModifiedUtc = item.ModifiedUtc;
        record.PublishedUtc = item.PublishedUtc;
        record.Data = ContentItemJsonConverter.ToJson(item).ToJsonString();
        await db.SaveChangesAsync(cancellationToken);
        tenant.Shell.SignalChanged();
    }

    public Task<bool> IsPathTakenAsync(string path, string exceptContentItemId, CancellationToken cancellationToken) =>
        db.ContentItems.AnyAsync(
            c => c.Path == path && c.ContentItemId != exceptContentItemId && (c.Latest || c.Published),
            cancellationToken);

    private async Task<string?> AssignPathAsync(ContentItem item, ContentTypeDefinition type, CancellationToken cancellationToken)
    {
        var autoroute = type.FindPart("AutoroutePart");
        if (autoroute is null)
        {
            return null;
        }

        var part = item.Part("AutoroutePart") ?? new JsonObject();
        item.Content["AutoroutePart"] = part;
        var path = part["Path"]?.GetValue<string>()?.Trim('/');
        if (string.IsNullOrEmpty(path))
        {
            var pattern = autoroute.Settings["AutoroutePartSettings"]?["Pattern"]?.GetValue<string>() ?? AutoroutePattern.Default;
            try
            {
                path = AutoroutePattern.Apply(pattern, item.DisplayText);
            }
            catch (ArgumentException e)
            {
                throw new ContentFormatException("AutoroutePart.Path", e.Message);
            }
        }

        if (AutoroutePattern.Validate(path) is { } reason)
        {
            throw new ContentFormatException("AutoroutePart.Path", reason);
        }

        path = await Slugifier.MakeUniqueAsync(path, candidate => IsPathTakenAsync(candidate, item.ContentItemId, cancellationToken));
        part["Path"] = path;
        return path;
    }

    private static void Validate(ContentItem item, ContentTypeDefinition type, ContentDefinitionDocument definition)
    {
        if (item.Part("TitlePart")?["Title"] is { } title &&
            (title is not JsonValue v || !v.TryGetValue<string>(out var text) || text.Length > 500))
        {
            throw new ContentFormatException("TitlePart.Title", "must be a string of at most 500 characters");
        }

        if (item.Part("HtmlBodyPart")?["Html"] is { } html && (html is not JsonValue h || !h.TryGetValue<string>(out _)))
        {
            throw new ContentFormatException("HtmlBodyPart.Html", "must be a string");
        }

        foreach (var typePart in type.ContentTypePartDefinitionRecords)
        {
            var part = item.Part(typePart.Name);
            var partDefinition = definition.FindPart(typePart.PartName);
            if (part is null || partDefinition is null)
            {
                continue;
            }

            foreach (var field in partDefinition.ContentPartFieldDefinitionRecords)
            {
                switch (part[field.Name])
                {
                    case null:
                        continue;
                    case JsonObject value when ContentFieldTypes.Validate(field.FieldName, value) is { } reason:
                        throw new ContentFormatException($"{typePart.Name}.{field.Name}", reason);
                    case JsonObject:
                        continue;
                    default:
                        throw new ContentFormatException($"{typePart.Name}.{field.Name}", "a field value must be a JSON object");
                }
            }
        }
    }

    private void SanitizeHtml(ContentItem item, ContentTypeDefinition type, ContentDefinitionDocument definition)
    {
        if (item.Part("HtmlBodyPart") is { } body && body["Html"]?.GetValue<string>() is { } bodyHtml)
        {
            body["Html"] = sanitizer.Sanitize(bodyHtml);
        }

        foreach (var typePart in type.ContentTypePartDefinitionRecords)
        {
            var part = item.Part(typePart.Name);
            var fields = definition.FindPart(typePart.PartName)?.ContentPartFieldDefinitionRecords ?? [];
            foreach (var field in fields.Where(f => f.FieldName == ContentFieldTypes.Html))
            {
                if (part?[field.Name] is JsonObject value && value["Html"]?.GetValue<string>() is { } html)
                {
                    value["Html"] = sanitizer.Sanitize(html);
                }
            }
        }
    }

    private static void NormalizeStrings(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (value is JsonValue v && v.TryGetValue<string>(out var s))
                    {
                        obj[name] = s.Normalize(NormalizationForm.FormC);
                    }
                    else
                    {
                        NormalizeStrings(value);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue v && v.TryGetValue<string>(out var s))
                    {
                        array[i] = s.Normalize(NormalizationForm.FormC);
                    }
                    else
                    {
                        NormalizeStrings(array[i]);
                    }
                }

                break;
        }
    }

    private static ContentItem ToItem(ContentItemRecord record) =>
        ContentItemJsonConverter.FromJson(JsonNode.Parse(record.Data) as JsonObject
            ?? throw new JsonException($"Content item version {record.ContentItemVersionId} is not a JSON object."));
}
