using System.Text.Json.Nodes;

namespace DanVan.Orchard.Recipes;

public sealed class RecipeStepContext(RecipeDescriptor recipe, int stepIndex, JsonObject step, IReadOnlyDictionary<string, string?>? parameters = null)
{
    /// <summary>The recipe's parameters (<c>AdminUserId</c>, <c>TenantName</c>, …), as <c>[js: parameters('…')]</c> sees them.</summary>
    public IReadOnlyDictionary<string, string?> Parameters { get; } = parameters ?? new Dictionary<string, string?>();


    public RecipeDescriptor Recipe { get; } = recipe;

    public int StepIndex { get; } = stepIndex;

    /// <summary>The step's JSON with script values already evaluated.</summary>
    public JsonObject Step { get; } = step;

    public string StepName => Step["name"]!.GetValue<string>();

    public RecipeException Error(string? field, string reason, Exception? inner = null) =>
        new(Recipe.Name, StepIndex, StepName, field, reason, inner);

    /// <summary>A string property of the step, null when absent; a non-string is an error naming the field.</summary>
    public string? GetString(string property) => Step[property] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => throw Error(property, "must be a string"),
    };

    /// <summary>An array of strings, empty when absent.</summary>
    public IReadOnlyList<string> GetStringArray(string property)
    {
        switch (Step[property])
        {
            case null:
                return [];
            case JsonArray array:
                var result = new List<string>(array.Count);
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is not JsonValue v || !v.TryGetValue<string>(out var s))
                    {
                        throw Error($"{property}[{i}]", "must be a string");
                    }

                    result.Add(s);
                }

                return result;
            default:
                throw Error(property, "must be an array of strings");
        }
    }
}
