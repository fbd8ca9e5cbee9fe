namespace DanVan.Orchard.Recipes;

/// <summary>A step name (case-insensitive, as in Orchard Core), the feature it needs (null for framework steps) and its handler.</summary>
public sealed record RecipeStepDescriptor(string Name, string? Feature, Type HandlerType);
