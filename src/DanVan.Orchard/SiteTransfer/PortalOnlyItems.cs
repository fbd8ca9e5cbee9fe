using System.Text.Json.Nodes;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Recipes;
using DanVan.Orchard.Security;

namespace DanVan.Orchard.SiteTransfer;

/// <summary>
/// An export of the portal (the Default tenant) imported as a district: what only the portal can have — its features
/// for the portal only (managing the districts) and the permissions they bring to its roles — is left out of the
/// recipe before anything is created, a warning a feature, and the rest (content, settings, users, media) is imported.
/// Refusing would make the portal's own backup useless for starting a district from it; a district cannot run these
/// features at all, so leaving them out loses nothing it could have had.
/// </summary>
internal static class PortalOnlyItems
{
    public static RecipeDescriptor LeaveOut(RecipeDescriptor recipe, FeatureCatalog catalog, IEnumerable<IPermissionProvider> permissionProviders, Action<string> warn)
    {
        var portalOnly = catalog.All.Where(f => f.DefaultTenantOnly).Select(f => f.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var permissionsOf = permissionProviders
            .Select(p => (Feature: catalog.FeatureOf(p.GetType()), Names: p.GetPermissions().Select(x => x.Name)))
            .Where(p => p.Feature is not null && portalOnly.Contains(p.Feature))
            .GroupBy(p => p.Feature!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.SelectMany(p => p.Names).ToList(), StringComparer.OrdinalIgnoreCase);
        var leftOutPermissions = permissionsOf.Values.SelectMany(n => n).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var steps = new List<JsonObject>(recipe.Steps.Count);
        foreach (var original in recipe.Steps)
        {
            var name = original["name"] is JsonValue v && v.TryGetValue<string>(out var n) ? n : string.Empty;

            // Only the steps changed here are copied: content and media steps can be most of an import's memory.
            var step = name.Equals("Feature", StringComparison.OrdinalIgnoreCase) || name.Equals("Roles", StringComparison.OrdinalIgnoreCase)
                ? (JsonObject)original.DeepClone()
                : original;
            if (name.Equals("Feature", StringComparison.OrdinalIgnoreCase) && step["enable"] is JsonArray enable)
            {
                foreach (var item in enable.ToList())
                {
                    if (item is JsonValue value && value.TryGetValue<string>(out var id) && portalOnly.Contains(id))
                    {
                        enable.Remove(item);
                        var permissions = permissionsOf.GetValueOrDefault(id) is { Count: > 0 } list ? $" (cùng các quyền {string.Join(", ", list)} của các vai trò)" : string.Empty;
                        warn($"Tính năng “{id}” chỉ dùng ở cổng tỉnh, không bật được ở một trang huyện: bỏ qua{permissions}.");
                    }
                }
            }
            else if (name.Equals("Roles", StringComparison.OrdinalIgnoreCase) && step["Roles"] is JsonArray roles)
            {
                foreach (var permissions in roles.OfType<JsonObject>().Select(r => r["Permissions"]).OfType<JsonArray>())
                {
                    foreach (var item in permissions.ToList())
                    {
                        if (item is JsonValue value && value.TryGetValue<string>(out var permission) && leftOutPermissions.Contains(permission))
                        {
                            permissions.Remove(item);
                        }
                    }
                }
            }

            steps.Add(step);
        }

        return recipe with { Steps = steps };
    }
}
