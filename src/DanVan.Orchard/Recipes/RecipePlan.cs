using System.Text.Json.Nodes;

namespace DanVan.Orchard.Recipes;

/// <summary>
/// A recipe's steps as they will run: Orchard's ids mapped to this platform's, unknown steps and ids left out (when
/// lenient), and one warning per item left out or swapped.
/// </summary>
public sealed record RecipePlan(IReadOnlyList<(int Index, JsonObject Step)> Steps, IReadOnlyList<string> Warnings);
