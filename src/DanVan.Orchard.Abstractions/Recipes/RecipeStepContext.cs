using System.Text.Json.Nodes;

namespace DanVan.Orchard.Recipes;

public sealed class RecipeStepContext(
    RecipeDescriptor recipe, int stepIndex, JsonObject step, IReadOnlyDictionary<string, string?>? parameters = null, Action<string>? lenientWarning = null)
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

    /// <summary>True when the recipe runs with <c>--lenient</c>: what has no equivalent here is skipped with a warning.</summary>
    public bool Lenient => lenientWarning is not null;

    /// <summary>
    /// Something of the recipe that has no equivalent here (an Orchard permission, a menu item kind): strict, the recipe
    /// stops with <see cref="Error"/>; lenient, the item is skipped with a warning naming it, and the step goes on.
    /// </summary>
    public void SkipOrThrow(string field, string reason)
    {
        if (lenientWarning is null)
        {
            throw Error(field, reason);
        }

        lenientWarning($"Recipe '{Recipe.Name}', step {StepIndex} ({StepName}), {field}: {reason}: skipped");
    }

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
