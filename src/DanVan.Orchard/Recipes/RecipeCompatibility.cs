using System.Text.Json.Nodes;
using DanVan.Orchard.Display;
using DanVan.Orchard.Modules;

namespace DanVan.Orchard.Recipes;

/// <summary>
/// Reads a recipe written for Orchard Core before it runs: every unknown step, feature id and theme id is found at once
/// (not only the first), Orchard's ids are mapped through <see cref="OrchardAliases"/>, and Orchard's spellings of
/// known steps (<c>Data</c>, <c>TimeZoneId</c>) are accepted. Strict: the unknown items are refused all together;
/// lenient: each is skipped with a warning.
/// </summary>
public sealed class RecipeCompatibility(IReadOnlySet<string> stepNames, FeatureCatalog features, ThemeCatalog themes)
{
    private static readonly string[] ItemProperties =
    [
        "ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published", "Owner", "Author",
        "CreatedUtc", "ModifiedUtc", "PublishedUtc",
    ];

    public RecipePlan Plan(RecipeDescriptor recipe, bool lenient)
    {
        var problems = new List<string>();
        var swaps = new List<string>();
        var steps = new List<(int, JsonObject)>();
        for (var index = 0; index < recipe.Steps.Count; index++)
        {
            var step = (JsonObject)recipe.Steps[index].DeepClone();
            var name = step["name"]!.GetValue<string>();
            var where = $"step {index} ({name})";
            if (!stepNames.Contains(name))
            {
                problems.Add($"{where}: unknown step '{name}'");
                continue;
            }

            switch (name.ToLowerInvariant())
            {
                case "feature":
                    MapFeatures(step, "enable", where, problems);
                    MapFeatures(step, "disable", where, problems);
                    break;
                case "themes":
                    MapTheme(step, "site", admin: false, where, problems, swaps);
                    MapTheme(step, "admin", admin: true, where, problems, swaps);
                    break;
                case "content":
                    Rename(step, "Data", "data");
                    FixItemPropertyCase(step["data"]);
                    break;
                case "settings":
                    Rename(step, "TimeZoneId", "TimeZone");
                    break;
                case "roles":
                    MapPermissions(step);
                    break;
            }

            steps.Add((index, step));
        }

        if (problems.Count > 0 && !lenient)
        {
            var known = problems.Any(p => p.Contains(": unknown step '", StringComparison.Ordinal))
                ? $" Known steps: {string.Join(", ", stepNames.Order(StringComparer.OrdinalIgnoreCase))}."
                : string.Empty;
            throw new RecipeException(recipe.Name, null, null, null,
                $"{problems.Count} unknown item(s): {string.Join("; ", problems)}.{known} Run with --lenient (or tick “Bỏ qua…” on the form) to skip them.");
        }

        var warnings = problems.Select(p => $"Recipe '{recipe.Name}', {p}: skipped")
            .Concat(swaps.Select(s => $"Recipe '{recipe.Name}', {s}"));
        return new RecipePlan(steps, warnings.ToList());
    }

    private void MapFeatures(JsonObject step, string property, string where, List<string> problems)
    {
        if (step[property] is not JsonArray ids)
        {
            return;
        }

        var mapped = new List<string>();
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] is not JsonValue value || !value.TryGetValue<string>(out var id))
            {
                return; // not a list of names: the step's own check says so
            }

            if (features.Find(id) is not null)
            {
                mapped.Add(id);
            }
            else if (OrchardAliases.Features.TryGetValue(id, out var target))
            {
                if (target != OrchardAliases.BuiltIn)
                {
                    mapped.Add(target);
                }
            }
            else if (!OrchardAliases.Themes.ContainsKey(id) && themes.Find(id) is null)
            {
                // Orchard enables its themes as features; here a theme is chosen by the themes step alone.
                problems.Add($"{where}, {property}[{i}]: unknown feature '{id}'");
            }
        }

        step[property] = new JsonArray(mapped.Distinct(StringComparer.OrdinalIgnoreCase).Select(m => (JsonNode?)JsonValue.Create(m)).ToArray());
    }

    private void MapTheme(JsonObject step, string property, bool admin, string where, List<string> problems, List<string> swaps)
    {
        if (step[property] is not JsonValue value || !value.TryGetValue<string>(out var id) || id.Length == 0 || themes.Find(id) is not null)
        {
            return;
        }

        if (OrchardAliases.Themes.TryGetValue(id, out var alias) && themes.Find(alias.Target) is { } theme && theme.IsAdminTheme == admin)
        {
            step[property] = alias.Target;
            if (alias.Warn)
            {
                swaps.Add($"{where}, {property}: Orchard's theme '{id}' is replaced by '{alias.Target}'");
            }

            return;
        }

        problems.Add($"{where}, {property}: unknown theme '{id}'");
        step.Remove(property);
    }

    private static void MapPermissions(JsonObject step)
    {
        if (step["Roles"] is not JsonArray roles)
        {
            return;
        }

        foreach (var permissions in roles.OfType<JsonObject>().Select(r => r["Permissions"]).OfType<JsonArray>())
        {
            for (var i = 0; i < permissions.Count; i++)
            {
                if (permissions[i] is JsonValue v && v.TryGetValue<string>(out var p) && OrchardAliases.Permissions.TryGetValue(p, out var target))
                {
                    permissions[i] = target;
                }
            }
        }
    }

    /// <summary>
    /// Orchard reads an item's own properties ignoring case, and its Blog recipe relies on it (<c>"Displaytext"</c>):
    /// such a property takes its proper spelling instead of being read as a part.
    /// </summary>
    private static void FixItemPropertyCase(JsonNode? data)
    {
        if (data is not JsonArray items)
        {
            return;
        }

        foreach (var item in items.OfType<JsonObject>())
        {
            foreach (var name in item.Select(p => p.Key).ToList())
            {
                if (ItemProperties.FirstOrDefault(p => string.Equals(p, name, StringComparison.OrdinalIgnoreCase)) is { } proper && proper != name)
                {
                    Rename(item, name, proper);
                }
            }
        }
    }

    private static void Rename(JsonObject step, string from, string to)
    {
        if (step[to] is null && step[from] is { } node)
        {
            step.Remove(from);
            step[to] = node;
        }
    }
}
