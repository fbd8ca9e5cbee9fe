using DanVan.Orchard.Tenancy;
using DanVan.Users.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DanVan.Users.Sessions;

/// <summary>
/// Each user's session state, cached in the tenant's shell so that checking every request costs a dictionary look-up.
/// <see cref="TenantUserManager"/> drops a user's entry whenever it saves the user (stamp, lockout, roles, password).
/// </summary>
public sealed class UserSessionCache(UsersDbContext db, TenantContext tenant, IOptions<UserSessionOptions> options, TimeProvider clock)
{
    private const string KeyPrefix = "Users.Session:";

    public async Task<UserSessionState> GetAsync(string userId)
    {
        var key = KeyPrefix + userId;
        var state = await tenant.Shell.Cache.GetOrAddAsync(key, () => LoadAsync(userId));
        if (clock.GetUtcNow().UtcDateTime - state.LoadedUtc <= options.Value.SessionCacheDuration)
        {
            return state;
        }

        tenant.Shell.Cache.Remove(key);
        return await tenant.Shell.Cache.GetOrAddAsync(key, () => LoadAsync(userId));
    }

    /// <summary>Called after the user's row is saved: the next request reads it again.</summary>
    public void Invalidate(string userId)
    {
        if (tenant.HasTenant)
        {
            tenant.Shell.Cache.Remove(KeyPrefix + userId);
        }
    }

    // Not cancelled with the request: concurrent requests of the same user share this load.
    private async Task<UserSessionState> LoadAsync(string userId)
    {
        var loadedUtc = clock.GetUtcNow().UtcDateTime;
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, u.LockoutEnd })
            .FirstOrDefaultAsync(CancellationToken.None);
        if (user is null)
        {
            return UserSessionState.Missing(loadedUtc);
        }

        var roles = await db.UserRoles.AsNoTracking()
            .Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync(CancellationToken.None);
        return new UserSessionState(true, user.SecurityStamp, user.LockoutEnd, roles, loadedUtc);
    }
}
