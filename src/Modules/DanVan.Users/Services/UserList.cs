using System.Security.Claims;
using DanVan.Orchard.Display;
using DanVan.Orchard.Tenancy;
using DanVan.Users.ViewModels;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Users.Services;

/// <summary>One page of the tenant's users matching a search text, by user name.</summary>
public sealed class UserList(UserManager<IdentityUser> users, TenantContext tenant)
{
    public async Task<UserListViewModel> GetAsync(ClaimsPrincipal actor, string? q, int? page, CancellationToken cancellationToken)
    {
        var search = UserAdministration.Normalize(q);
        var query = users.Users;
        if (search is not null)
        {
            // The normalized columns are upper-cased, so the search ignores case on every database.
            var name = users.NormalizeName(search) ?? search;
            var email = users.NormalizeEmail(search) ?? search;
            query = query.Where(u => u.NormalizedUserName!.Contains(name) || u.NormalizedEmail!.Contains(email));
        }

        var pager = Pager.Of(page, UserListViewModel.PageSize, await query.CountAsync(cancellationToken));
        var found = await query
            .OrderBy(u => u.NormalizedUserName)
            .ThenBy(u => u.Id)
            .Skip(pager.Skip)
            .Take(pager.PageSize)
            .ToListAsync(cancellationToken);

        var now = DateTimeOffset.UtcNow;
        var actorId = users.GetUserId(actor);
        var items = new List<UserListItem>(found.Count);
        foreach (var user in found)
        {
            var roles = await users.GetRolesAsync(user);
            var status = UserListItem.StatusOf(user, now);
            items.Add(new UserListItem(
                user.Id,
                user.UserName ?? string.Empty,
                user.Email,
                RoleNames.Sort(roles.Where(r => !UserAdministration.ImplicitRoles.Contains(r))),
                status,
                LockedUntilLocal(user, status))
            {
                IsSelf = string.Equals(actorId, user.Id, StringComparison.Ordinal),
            });
        }

        return new UserListViewModel { Users = items, Query = search, Pager = pager };
    }

    public DateTime? LockedUntilLocal(IdentityUser user, UserStatus status) =>
        status == UserStatus.LockedOut && user.LockoutEnd is { } end ? tenant.ToLocal(end.UtcDateTime) : null;
}
