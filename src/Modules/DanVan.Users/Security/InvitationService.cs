using DanVan.Orchard.Security;
using Microsoft.AspNetCore.Identity;

namespace DanVan.Users.Security;

/// <summary>
/// Invitations are one-time password links: the invited user opens it, chooses a password and signs in. The link is
/// tenant-relative (<c>account/reset-password?…</c>) and valid as long as Identity's reset tokens (a day).
/// </summary>
public sealed class InvitationService(UserManager<IdentityUser> users) : IUserInvitation
{
    public async Task<string?> CreateLinkAsync(string email, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return null;
        }

        var code = await users.GeneratePasswordResetTokenAsync(user);
        return "account/reset-password" + QueryString.Create(new Dictionary<string, string?> { ["userId"] = user.Id, ["code"] = code });
    }
}
