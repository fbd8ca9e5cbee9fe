using System.Text.Json;
using System.Text.Json.Nodes;

namespace DanVan.Orchard.Recipes;

/// <summary>Parses recipe JSON, refusing what is not a recipe with a message that says where.</summary>
public static class RecipeReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static RecipeDescriptor Parse(string json, string source, string? filePath = null)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: DocumentOptions) as JsonObject
                ?? throw new RecipeException(source, null, null, null, "a recipe must be a JSON object");
        }
        catch (JsonException e)
        {
            throw new RecipeException(source, null, null, null, $"invalid JSON at line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}: {FirstSentence(e.Message)}");
        }

        var name = String(root, "name", source) ?? throw new RecipeException(source, null, null, "name", "is required");
        var steps = root["steps"] as JsonArray ?? throw new RecipeException(name, null, null, "steps", "must be an array of steps");
        var parsedSteps = new List<JsonObject>(steps.Count);
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] is not JsonObject step)
            {
                throw new RecipeException(name, i, null, null, "a step must be a JSON object");
            }

            if (step["name"] is not JsonValue stepName || !stepName.TryGetValue<string>(out var text) || string.IsNullOrWhiteSpace(text))
            {
                throw new RecipeException(name, i, null, "name", "every step needs a name");
            }

            parsedSteps.Add(step);
        }

        var variables = root["variables"] switch
        {
            null => new JsonObject(),
            JsonObject v => v,
            _ => throw new RecipeException(name, null, null, "variables", "must be an object"),
        };

        var categories = root["categories"] is JsonArray array
            ? array.Select(c => c is JsonValue v && v.TryGetValue<string>(out var category)
                ? category
                : throw new RecipeException(name, null, null, "categories", "must be an array of strings")).ToList()
            : [];

        return new RecipeDescriptor(
            name,
            String(root, "displayName", name) ?? name,
            String(root, "description", name) ?? string.Empty,
            root["issetuprecipe"] is JsonValue setup && setup.TryGetValue<bool>(out var isSetup) && isSetup,
            categories,
            variables,
            parsedSteps,
            filePath);
    }

    private static string? String(JsonObject root, string property, string source) => root[property] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => throw new RecipeException(source, null, null, property, "must be a string"),
    };

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }
}
