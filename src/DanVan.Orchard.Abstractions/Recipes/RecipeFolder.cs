namespace DanVan.Orchard.Recipes;

/// <summary>The recipes folder read once: the recipes that could be read and the files that could not.</summary>
public sealed record RecipeFolder(IReadOnlyList<RecipeDescriptor> Recipes, IReadOnlyList<BrokenRecipe> Broken);
