namespace DanVan.Orchard.Recipes;

/// <summary>A recipe that cannot run; the message names the recipe, the step (index and name) and the field.</summary>
public sealed class RecipeException : Exception
{
    public RecipeException(string recipe, int? stepIndex, string? stepName, string? field, string reason, Exception? inner = null)
        : base(Format(recipe, stepIndex, stepName, field, reason), inner)
    {
        Recipe = recipe;
        StepIndex = stepIndex;
        StepName = stepName;
        Field = field;
        Reason = reason;
    }

    public string Recipe { get; }

    public int? StepIndex { get; }

    public string? StepName { get; }

    public string? Field { get; }

    public string Reason { get; }

    private static string Format(string recipe, int? stepIndex, string? stepName, string? field, string reason)
    {
        var where = $"Recipe '{recipe}'";
        if (stepIndex is not null)
        {
            where += $", step {stepIndex} ({stepName ?? "unnamed"})";
        }

        if (!string.IsNullOrEmpty(field))
        {
            where += $", field '{field}'";
        }

        return $"{where}: {reason}";
    }
}
