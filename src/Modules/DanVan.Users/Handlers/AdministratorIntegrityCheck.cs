using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Users.Handlers;

/// <summary>For <c>tenants check</c>: a running tenant with users must have someone in the Administrator role, or nobody can manage it.</summary>
public sealed class AdministratorIntegrityCheck : ITenantIntegrityCheck
{
    public async Task<IReadOnlyList<string>> CheckAsync(IServiceProvider tenantServices, CancellationToken cancellationToken)
    {
        var administrators = await tenantServices.GetRequiredService<UserManager<IdentityUser>>().GetUsersInRoleAsync(AdministratorSetupHandler.AdministratorRole);
        return administrators.Count > 0 ? [] : ["it has no administrator (no user in the Administrator role)."];
    }
}
