using DanVan.Orchard.Security;
using DanVan.Orchard.Tenancy;
using DanVan.Users.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Users.Security;

/// <summary>Role permissions are role claims of type "Permission" (as Orchard keeps them), cached in the tenant's shell.</summary>
public sealed class RolePermissionStore(UsersDbContext db, TenantContext tenant) : IRolePermissionStore
{
    public const string PermissionClaimType = "Permission";
    private const string CacheKey = "Users.RolePermissions";

    public Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> GetAsync(CancellationToken cancellationToken) =>
        tenant.Shell.Cache.GetOrAddAsync<IReadOnlyDictionary<string, IReadOnlySet<string>>>(CacheKey, async () =>
        {
            var rows = await db.RoleClaims.AsNoTracking()
                .Where(c => c.ClaimType == PermissionClaimType)
                .Join(db.Roles, c => c.RoleId, r => r.Id, (c, r) => new { r.Name, c.ClaimValue })
                .ToListAsync(cancellationToken);
            return rows
                .GroupBy(r => r.Name!, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(r => r.ClaimValue!).ToHashSet(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
        });

    public void Invalidate() => tenant.Shell.Cache.Remove(CacheKey);
}
