using System.Text.Json.Nodes;

namespace DanVan.Orchard.Recipes;

/// <summary>A parsed recipe file in Orchard Core's shape.</summary>
public sealed record RecipeDescriptor(
    string Name,
    string DisplayName,
    string Description,
    bool IsSetupRecipe,
    IReadOnlyList<string> Categories,
    JsonObject Variables,
    IReadOnlyList<JsonObject> Steps,
    string? FilePath);
