using DanVan.Users.ViewModels;

namespace DanVan.Users.Sessions;

/// <summary>What a signed-in request needs to know about its user, as the database had it at <see cref="LoadedUtc"/>.</summary>
public sealed record UserSessionState(bool Exists, string? SecurityStamp, DateTimeOffset? LockoutEnd, IReadOnlyList<string> Roles, DateTime LoadedUtc)
{
    public static UserSessionState Missing(DateTime loadedUtc) => new(false, null, null, [], loadedUtc);

    public bool IsDisabled(DateTimeOffset now) => UserListItem.IsDisabled(LockoutEnd, now);
}
