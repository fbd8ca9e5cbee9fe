namespace DanVan.Users.Services;

public enum UserAdminStatus
{
    /// <summary>Done; <see cref="UserAdminResult.Message"/> says what was done.</summary>
    Done,

    /// <summary>No user with that id in this tenant.</summary>
    NotFound,

    /// <summary>The target is an administrator and the actor is not: nothing about the account may change.</summary>
    AdministratorOnly,

    /// <summary>Refused or failed; <see cref="UserAdminResult.Errors"/> lists every reason, nothing was changed.</summary>
    Invalid,
}

/// <summary>The outcome of a user administration action, for the page to show.</summary>
public sealed record UserAdminResult(UserAdminStatus Status, string Message, IReadOnlyList<FormError> Errors)
{
    public bool Succeeded => Status == UserAdminStatus.Done;

    public static UserAdminResult Done(string message) => new(UserAdminStatus.Done, message, []);

    public static readonly UserAdminResult NotFound = new(UserAdminStatus.NotFound, "Không tìm thấy người dùng.", []);

    public static readonly UserAdminResult AdministratorOnly =
        new(UserAdminStatus.AdministratorOnly, "Chỉ người có vai trò Quản trị mới được thay đổi tài khoản Quản trị.", []);

    /// <param name="summary">The sentence the errors follow when shown as one notice ("Chưa đặt lại mật khẩu:").</param>
    public static UserAdminResult Invalid(IReadOnlyList<FormError> errors, string? summary = null) => new(
        UserAdminStatus.Invalid,
        summary is null ? string.Join(" ", errors.Select(e => e.Message)) : $"{summary} {string.Join(" ", errors.Select(e => e.Message))}",
        errors);
}
