using System.Globalization;
using DanVan.Orchard.Display;
using Microsoft.AspNetCore.Identity;

namespace DanVan.Users.ViewModels;

public enum UserStatus
{
    Active,

    /// <summary>Locked out by an administrator, with no end (lockout end more than 50 years ahead).</summary>
    Disabled,

    /// <summary>Locked out for a while, e.g. after too many failed sign-ins.</summary>
    LockedOut,
}

/// <summary>A row of the users list.</summary>
public sealed record UserListItem(
    string Id,
    string UserName,
    string? Email,
    IReadOnlyList<string> Roles,
    UserStatus Status,
    DateTime? LockedUntilLocal)
{
    /// <summary>The row is the signed-in user's own account.</summary>
    public bool IsSelf { get; init; }

    public string RolesText => Roles.Count == 0 ? "–" : string.Join(", ", Roles.Select(RoleNames.Display));

    public string StatusText => DescribeStatus(Status, LockedUntilLocal);

    /// <summary>Whether the lockout end marks the account as disabled rather than temporarily locked.</summary>
    public static bool IsDisabled(DateTimeOffset? lockoutEnd, DateTimeOffset now) =>
        lockoutEnd is { } end && end > now.AddYears(50);

    public static UserStatus StatusOf(IdentityUser user, DateTimeOffset now) =>
        IsDisabled(user.LockoutEnd, now) ? UserStatus.Disabled
        : user.LockoutEnd is { } end && end > now ? UserStatus.LockedOut
        : UserStatus.Active;

    /// <param name="lockedUntilLocal">End of a temporary lockout, already in the tenant's time zone.</param>
    public static string DescribeStatus(UserStatus status, DateTime? lockedUntilLocal) => status switch
    {
        UserStatus.Disabled => "Đã vô hiệu hóa",
        UserStatus.LockedOut when lockedUntilLocal is { } until =>
            $"Tạm khóa đến {until.ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture)}",
        UserStatus.LockedOut => "Tạm khóa",
        _ => "Đang hoạt động",
    };
}

/// <summary>The users list page: one page of users matching the search text.</summary>
public sealed class UserListViewModel
{
    public const int PageSize = 25;

    public IReadOnlyList<UserListItem> Users { get; init; } = [];

    /// <summary>The search text (in user name or e-mail), as typed.</summary>
    public string? Query { get; init; }

    public Pager Pager { get; init; } = Pager.Of(1, PageSize, 0);
}
