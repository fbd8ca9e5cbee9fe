namespace DanVan.Tenants.ViewModels;

/// <summary>A recipe variable offered on the create form; blank keeps the recipe's own value.</summary>
public sealed record RecipeVariableField(string Recipe, string Name, string Label, string? DefaultValue);
