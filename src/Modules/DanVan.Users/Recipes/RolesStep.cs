using System.Text.Json.Nodes;
using DanVan.Orchard.Recipes;
using DanVan.Users.Security;

namespace DanVan.Users.Recipes;

/// <summary><c>{"name":"Roles","Roles":[{"Name":"Editor","Description":"…","Permissions":["PublishContent",…]}]}</c> (Orchard's shape).</summary>
public sealed class RolesStep(RoleService roles) : IRecipeStepHandler
{
    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Step["Roles"] is not JsonArray list)
        {
            throw context.Error("Roles", "must be an array of roles");
        }

        // The recipe's unit (RecipeExecutor) holds the transaction: one commit for every role, none kept if one fails.
        var known = await roles.GetKnownPermissionsAsync(cancellationToken);

        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not JsonObject role || role["Name"]?.GetValue<string>() is not { Length: > 0 } name)
            {
                throw context.Error($"Roles[{i}].Name", "every role needs a name");
            }

            var permissions = new List<string>();
            if (role["Permissions"] is JsonArray granted)
            {
                for (var p = 0; p < granted.Count; p++)
                {
                    var permission = granted[p]?.GetValue<string>();
                    if (permission is null || !known.Contains(permission))
                    {
                        // Orchard's own (ExecuteGraphQL…) have nothing to grant here; --lenient leaves them out.
                        context.SkipOrThrow($"Roles[{i}].Permissions[{p}]", $"unknown permission '{permission}'");
                        continue;
                    }

                    permissions.Add(permission);
                }
            }

            await roles.SetAsync(name, role["Description"]?.GetValue<string>(), permissions);
        }
    }
}
