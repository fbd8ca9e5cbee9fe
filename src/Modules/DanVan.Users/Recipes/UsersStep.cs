using System.Net.Mail;
using System.Text.Json.Nodes;
using DanVan.Orchard.Recipes;
using Microsoft.AspNetCore.Identity;

namespace DanVan.Users.Recipes;

/// <summary>
/// <c>{"name":"Users","Users":[{"Id","UserName","Email","EmailConfirmed","Roles":[…],"Disabled","PasswordHash"?}]}</c>
/// (what an export writes): creates each user with its id, or updates the user of that id. Without a
/// <c>PasswordHash</c> the user has no password until one is set (forgotten-password link, or the administrator's).
/// The roles must exist (a <c>Roles</c> step before).
/// </summary>
public sealed class UsersStep(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles) : IRecipeStepHandler
{
    public static bool IsDisabled(IdentityUser user) => user.LockoutEnd is { } end && end.Year >= 9999;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Step["Users"] is not JsonArray list)
        {
            throw context.Error("Users", "must be an array of users");
        }

        for (var i = 0; i < list.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var where = $"Users[{i}]";
            if (list[i] is not JsonObject json)
            {
                throw context.Error(where, "a user must be an object");
            }

            var userName = Text(context, json, "UserName", where) ?? throw context.Error($"{where}.UserName", "is required");
            var email = Text(context, json, "Email", where);
            if (email is not null && !MailAddress.TryCreate(email, out _))
            {
                throw context.Error($"{where}.Email", $"'{email}' is not an e-mail address");
            }

            var roleNames = new List<string>();
            if (json["Roles"] is JsonArray granted)
            {
                foreach (var role in granted.Select(r => r?.GetValue<string>()))
                {
                    roleNames.Add(role is not null && await roles.RoleExistsAsync(role)
                        ? role
                        : throw context.Error($"{where}.Roles", $"there is no role '{role}' (add it in a Roles step before)"));
                }
            }

            var id = Text(context, json, "Id", where);
            var user = (id is null ? null : await users.FindByIdAsync(id)) ?? await users.FindByNameAsync(userName);
            var isNew = user is null;
            user ??= new IdentityUser(userName) { Id = id ?? Guid.CreateVersion7().ToString("N") };
            user.UserName = userName;
            user.Email = email;
            user.EmailConfirmed = json["EmailConfirmed"] is JsonValue confirmed && confirmed.TryGetValue<bool>(out var c) && c;
            user.LockoutEnabled = true;
            user.LockoutEnd = json["Disabled"] is JsonValue disabled && disabled.TryGetValue<bool>(out var d) && d ? DateTimeOffset.MaxValue : null;
            if (Text(context, json, "PasswordHash", where) is { } hash)
            {
                user.PasswordHash = hash;
            }

            Check(context, where, isNew ? await users.CreateAsync(user) : await users.UpdateAsync(user));
            var current = await users.GetRolesAsync(user);
            Check(context, where, await users.RemoveFromRolesAsync(user, current.Except(roleNames, StringComparer.OrdinalIgnoreCase)));
            Check(context, where, await users.AddToRolesAsync(user, roleNames.Except(current, StringComparer.OrdinalIgnoreCase)));
        }
    }

    private static string? Text(RecipeStepContext context, JsonObject json, string property, string where) => json[property] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s.Length == 0 ? null : s,
        _ => throw context.Error($"{where}.{property}", "must be a string"),
    };

    private static void Check(RecipeStepContext context, string where, IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw context.Error(where, string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
