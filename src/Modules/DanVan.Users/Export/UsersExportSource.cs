using System.Text.Json.Nodes;
using DanVan.Orchard.SiteTransfer;
using DanVan.Users.Data;
using DanVan.Users.Recipes;
using DanVan.Users.Security;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Users.Export;

/// <summary>
/// The roles (description and permissions, as the <c>Roles</c> step reads them) and the users (ids kept, so content
/// stays theirs; roles; disabled or not). Password hashes only when the export asks for them: without, each user sets
/// a new password (forgotten-password link, or the administrator's given at import).
/// </summary>
public sealed class UsersExportSource(UsersDbContext db, RoleService roles) : ISiteExportSource
{
    public int Order => SiteExportOrder.Roles;

    public async Task ExportAsync(SiteExportContext context, CancellationToken cancellationToken)
    {
        // A permission of a feature turned off since it was granted would be refused by the Roles step: it is left out.
        var known = await roles.GetKnownPermissionsAsync(cancellationToken);
        var claims = await db.RoleClaims.AsNoTracking().ToListAsync(cancellationToken);
        var roleList = new JsonArray();
        foreach (var role in await db.Roles.AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken))
        {
            var own = claims.Where(c => c.RoleId == role.Id).ToList();
            roleList.Add(new JsonObject
            {
                ["Name"] = role.Name,
                ["Description"] = own.Find(c => c.ClaimType == "Description")?.ClaimValue,
                ["Permissions"] = new JsonArray(own
                    .Where(c => c.ClaimType == RolePermissionStore.PermissionClaimType && known.Contains(c.ClaimValue!))
                    .Select(c => c.ClaimValue!).Order(StringComparer.OrdinalIgnoreCase)
                    .Select(p => (JsonNode?)JsonValue.Create(p)).ToArray()),
            });
        }

        await context.AddStepAsync(new JsonObject { ["name"] = "Roles", ["Roles"] = roleList }, cancellationToken);

        var roleNames = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name!, cancellationToken);
        var userRoles = (await db.UserRoles.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(r => r.UserId, r => roleNames[r.RoleId]);
        var users = new JsonArray();
        foreach (var user in await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken))
        {
            var json = new JsonObject
            {
                ["Id"] = user.Id,
                ["UserName"] = user.UserName,
                ["Email"] = user.Email,
                ["EmailConfirmed"] = user.EmailConfirmed,
                ["Roles"] = new JsonArray(userRoles[user.Id].Order(StringComparer.OrdinalIgnoreCase).Select(r => (JsonNode?)JsonValue.Create(r)).ToArray()),
                ["Disabled"] = UsersStep.IsDisabled(user),
            };
            if (context.IncludePasswordHashes && user.PasswordHash is not null)
            {
                json["PasswordHash"] = user.PasswordHash;
            }

            users.Add(json);
        }

        await context.AddStepAsync(new JsonObject { ["name"] = "Users", ["Users"] = users }, cancellationToken);
    }
}
