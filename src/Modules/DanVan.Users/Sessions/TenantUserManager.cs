using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DanVan.Users.Sessions;

/// <summary>
/// Identity's user manager, which also forgets the user's cached session state whenever it saves the user: every
/// change (disable, roles, password, security stamp) goes through <see cref="UpdateUserAsync"/>, so sessions see it on
/// their next request.
/// </summary>
public sealed class TenantUserManager(
    IUserStore<IdentityUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<IdentityUser> passwordHasher,
    IEnumerable<IUserValidator<IdentityUser>> userValidators,
    IEnumerable<IPasswordValidator<IdentityUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<IdentityUser>> logger,
    UserSessionCache sessions)
    : UserManager<IdentityUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    protected override async Task<IdentityResult> UpdateUserAsync(IdentityUser user)
    {
        try
        {
            return await base.UpdateUserAsync(user);
        }
        finally
        {
            sessions.Invalidate(user.Id);
        }
    }

    public override async Task<IdentityResult> DeleteAsync(IdentityUser user)
    {
        try
        {
            return await base.DeleteAsync(user);
        }
        finally
        {
            sessions.Invalidate(user.Id);
        }
    }
}
