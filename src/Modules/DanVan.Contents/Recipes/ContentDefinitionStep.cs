using System.Text.Json;
using System.Text.Json.Nodes;
using DanVan.Contents.Parts.Autoroute;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Contents.Parts;
using DanVan.Orchard.Data;
using DanVan.Orchard.Recipes;

namespace DanVan.Contents.Recipes;

/// <summary>
/// <c>{"name":"ContentDefinition","ContentTypes":[…],"ContentParts":[…]}</c> in Orchard's shape. Types and parts
/// replace those of the same name; others are kept.
/// </summary>
public sealed class ContentDefinitionStep(ContentDefinitionManager definitions, ContentElementRegistry registry, ContentPathRules pathRules) : IRecipeStepHandler
{
    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var types = Read<ContentTypeDefinition>(context, "ContentTypes");
        var parts = Read<ContentPartDefinition>(context, "ContentParts");
        var fieldTypes = (await registry.GetAsync(cancellationToken)).FieldTypes;

        for (var i = 0; i < parts.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(parts[i].Name))
            {
                throw context.Error($"ContentParts[{i}].Name", "is required");
            }

            parts[i].Settings ??= new();
            var fields = parts[i].ContentPartFieldDefinitionRecords ?? throw context.Error($"ContentParts[{i}].ContentPartFieldDefinitionRecords", "must be an array");
            for (var f = 0; f < fields.Count; f++)
            {
                var where = $"ContentParts[{i}].ContentPartFieldDefinitionRecords[{f}]";
                if (fields[f] is null)
                {
                    throw context.Error(where, "must be an object");
                }

                fields[f].Settings ??= new();
                if (string.IsNullOrWhiteSpace(fields[f].Name))
                {
                    throw context.Error($"{where}.Name", "is required");
                }

                if (!fieldTypes.Contains(fields[f].FieldName))
                {
                    throw context.Error($"{where}.FieldName", $"unknown field type '{fields[f].FieldName}'; known: {string.Join(", ", fieldTypes)}");
                }
            }
        }

        for (var i = 0; i < types.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(types[i].Name) || !char.IsAsciiLetter(types[i].Name[0]) || !types[i].Name.All(char.IsAsciiLetterOrDigit))
            {
                throw context.Error($"ContentTypes[{i}].Name", $"'{types[i].Name}' must be letters and digits, starting with a letter");
            }

            types[i].Settings ??= new();
            var typeParts = types[i].ContentTypePartDefinitionRecords ?? throw context.Error($"ContentTypes[{i}].ContentTypePartDefinitionRecords", "must be an array");
            for (var p = 0; p < typeParts.Count; p++)
            {
                if (typeParts[p] is null)
                {
                    throw context.Error($"ContentTypes[{i}].ContentTypePartDefinitionRecords[{p}]", "must be an object");
                }

                typeParts[p].Settings ??= new();
                if (string.IsNullOrWhiteSpace(typeParts[p].PartName))
                {
                    throw context.Error($"ContentTypes[{i}].ContentTypePartDefinitionRecords[{p}].PartName", "is required");
                }

                if (string.IsNullOrWhiteSpace(typeParts[p].Name))
                {
                    typeParts[p].Name = typeParts[p].PartName;
                }

                if (typeParts[p].Settings["AutoroutePartSettings"]?["Pattern"] is JsonValue pattern
                    && pattern.TryGetValue<string>(out var text)
                    && pathRules.ReservedPatternSegment(text, types[i].Name) is { } reserved)
                {
                    throw context.Error(
                        $"ContentTypes[{i}].ContentTypePartDefinitionRecords[{p}].Settings.AutoroutePartSettings.Pattern",
                        $"starts with '{reserved}', which another route answers: no item of this type could get a path");
                }
            }
        }

        var current = await definitions.GetAsync(cancellationToken);
        var updated = new ContentDefinitionDocument
        {
            ContentTypes = current.ContentTypes.Where(t => !types.Exists(n => n.Name == t.Name)).Concat(types).ToList(),
            ContentParts = current.ContentParts.Where(p => !parts.Exists(n => n.Name == p.Name)).Concat(parts).ToList(),
        };
        await definitions.SaveAsync(updated, cancellationToken);
    }

    private static List<T> Read<T>(RecipeStepContext context, string property)
    {
        switch (context.Step[property])
        {
            case null:
                return [];
            case JsonArray array:
                var result = new List<T>(array.Count);
                for (var i = 0; i < array.Count; i++)
                {
                    try
                    {
                        result.Add(array[i].Deserialize<T>(DocumentJson.SerializerOptions)
                            ?? throw context.Error($"{property}[{i}]", "must be an object"));
                    }
                    catch (JsonException e)
                    {
                        throw context.Error($"{property}[{i}]{e.Path?.TrimStart('$')}", "has a value of the wrong type");
                    }
                }

                return result;
            default:
                throw context.Error(property, "must be an array");
        }
    }
}
