using Microsoft.AspNetCore.Identity;

namespace DanVan.Users.Security;

/// <summary>
/// Verifies a password against a hash no account has, with the same hasher (and so the same cost) as a real check.
/// Sign-in runs it when there is no account to check against (unknown name, disabled or locked-out account), so the
/// time an answer takes does not tell which user names exist.
/// </summary>
public sealed class DecoyPasswordCheck(IPasswordHasher<IdentityUser> hasher)
{
    private static readonly IdentityUser Nobody = new();

    // Made once with this process's hasher settings; any random password will do, nobody can sign in with it.
    private static string? _decoyHash;

    public void Run(string password)
    {
        var hash = _decoyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
        _ = hasher.VerifyHashedPassword(Nobody, hash, password);
    }
}
