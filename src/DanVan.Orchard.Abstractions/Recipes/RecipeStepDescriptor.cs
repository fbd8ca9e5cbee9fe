namespace DanVan.Orchard.Recipes;

/// <summary>
/// A step name (case-insensitive, as in Orchard Core) and its handler. The step needs the feature of the handler's
/// module (<see cref="Modules.FeatureCatalog.FeatureOf"/>); the framework's steps need none.
/// </summary>
public sealed record RecipeStepDescriptor(string Name, Type HandlerType);
