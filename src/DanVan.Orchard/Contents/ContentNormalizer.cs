using System.Text.Json.Nodes;
using DanVan.Orchard.Data;
using DanVan.Orchard.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Orchard.Contents;

/// <summary>
/// Makes an item fit to store: known type, values of the right shape, text in NFC without the characters XML cannot
/// carry (<see cref="SafeText"/>: one control character in a title would break the RSS feed), HTML within size and
/// nesting limits and sanitized, a unique path. Throws <see cref="ContentFormatException"/> naming the field, before
/// anything is written.
/// </summary>
public sealed class ContentNormalizer(TenantDbContext db, ContentDefinitionManager definitions, HtmlSanitizerService sanitizer, HtmlLimits limits)
{
    public const int MaxTitleLength = 500;

    public async Task<ContentTypeDefinition> NormalizeAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        var type = definition.FindType(item.ContentType)
            ?? throw new ContentFormatException(nameof(ContentItem.ContentType), $"unknown content type '{item.ContentType}'");

        NormalizeStrings(item.Content);
        item.DisplayText = SafeText.NormalizeOrNull(item.DisplayText);
        Validate(item, type, definition);

        item.ContentItemId = string.IsNullOrEmpty(item.ContentItemId) ? ContentItem.NewId() : item.ContentItemId;
        item.ContentItemVersionId = string.IsNullOrEmpty(item.ContentItemVersionId) ? ContentItem.NewId() : item.ContentItemVersionId;
        if (item.Part("TitlePart")?["Title"]?.GetValue<string>() is { Length: > 0 } title)
        {
            item.DisplayText = title;
        }

        WriteDatesCanonically(item, type, definition);
        SanitizeHtml(item, type, definition);
        await AssignPathAsync(item, type, cancellationToken);
        return type;
    }

    public Task<bool> IsPathTakenAsync(string path, string exceptContentItemId, CancellationToken cancellationToken) =>
        db.ContentItems.AnyAsync(
            c => c.Path == path && c.ContentItemId != exceptContentItemId && (c.Latest || c.Published),
            cancellationToken);

    private async Task AssignPathAsync(ContentItem item, ContentTypeDefinition type, CancellationToken cancellationToken)
    {
        var autoroute = type.FindPart("AutoroutePart");
        if (autoroute is null)
        {
            return;
        }

        var part = item.Part("AutoroutePart") ?? new JsonObject();
        item.Content["AutoroutePart"] = part;
        var path = part["Path"]?.GetValue<string>()?.Trim().Trim('/');
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
    }

    private static void Validate(ContentItem item, ContentTypeDefinition type, ContentDefinitionDocument definition)
    {
        if (item.Part("TitlePart")?["Title"] is { } title &&
            (title is not JsonValue v || !v.TryGetValue<string>(out var text) || text.Length > MaxTitleLength))
        {
            throw new ContentFormatException("TitlePart.Title", $"must be a string of at most {MaxTitleLength} characters");
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
            body["Html"] = Sanitize("HtmlBodyPart.Html", bodyHtml);
        }

        foreach (var typePart in type.ContentTypePartDefinitionRecords)
        {
            var part = item.Part(typePart.Name);
            var fields = definition.FindPart(typePart.PartName)?.ContentPartFieldDefinitionRecords ?? [];
            foreach (var field in fields.Where(f => f.FieldName == ContentFieldTypes.Html))
            {
                if (part?[field.Name] is JsonObject value && value["Html"]?.GetValue<string>() is { } html)
                {
                    value["Html"] = Sanitize($"{typePart.Name}.{field.Name}", html);
                }
            }
        }
    }

    /// <summary>DateField values as the editor writes them ("2026-10-06" from a recipe becomes "2026-10-06T00:00:00Z").</summary>
    private static void WriteDatesCanonically(ContentItem item, ContentTypeDefinition type, ContentDefinitionDocument definition)
    {
        foreach (var typePart in type.ContentTypePartDefinitionRecords)
        {
            var fields = definition.FindPart(typePart.PartName)?.ContentPartFieldDefinitionRecords ?? [];
            foreach (var field in fields.Where(f => f.FieldName == ContentFieldTypes.Date))
            {
                if (item.Part(typePart.Name)?[field.Name] is JsonObject value &&
                    ContentFieldTypes.ParseDate(value["Value"]?.GetValue<string>()) is { } date)
                {
                    value["Value"] = ContentFieldTypes.FormatDate(DateOnly.FromDateTime(date));
                }
            }
        }
    }

    private string Sanitize(string field, string html) =>
        limits.Check(html) is { } reason ? throw new ContentFormatException(field, reason) : sanitizer.Sanitize(html);

    private static void NormalizeStrings(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (value is JsonValue v && v.TryGetValue<string>(out var s))
                    {
                        obj[name] = SafeText.Normalize(s);
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
                        array[i] = SafeText.Normalize(s);
                    }
                    else
                    {
                        NormalizeStrings(array[i]);
                    }
                }

                break;
        }
    }
}
