using DanVan.Orchard.Display;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Users.Services;

/// <summary>The first-steps checklist's "add a colleague": done once the site has more than its first administrator.</summary>
public sealed class UsersOnboardingSteps(UserManager<IdentityUser> users) : IOnboardingStepProvider
{
    public async Task<IReadOnlyList<OnboardingStep>> GetStepsAsync(CancellationToken cancellationToken)
    {
        var count = await users.Users.Take(2).CountAsync(cancellationToken);
        return [new OnboardingStep("users", "Thêm ít nhất một người dùng nữa (biên tập viên, tác giả…)", count > 1, "~/admin/users/create", 40)];
    }
}
