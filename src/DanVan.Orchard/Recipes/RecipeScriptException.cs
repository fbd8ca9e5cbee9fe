namespace DanVan.Orchard.Recipes;

public sealed class RecipeScriptException(string field, string reason) : Exception(reason)
{
    public string Field { get; } = field;
}
