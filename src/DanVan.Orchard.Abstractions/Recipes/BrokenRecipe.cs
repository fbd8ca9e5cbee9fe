namespace DanVan.Orchard.Recipes;

/// <summary>A <c>*.recipe.json</c> in the recipes folder that cannot be read: its file name and why.</summary>
public sealed record BrokenRecipe(string FileName, string Reason);
