using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace DanVan.Orchard.Security;

/// <summary>
/// Builds the policy <c>Permission:&lt;name&gt;</c> (a signed-in user who has the permission in the current tenant) on
/// first use, so modules need not register a policy per permission; every other name goes to the default provider.
/// The policy is the same for every tenant: <see cref="PermissionAuthorizationHandler"/> reads the tenant's roles.
/// </summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : IAuthorizationPolicyProvider
{
    private readonly DefaultAuthorizationPolicyProvider _fallback = new(options);
    private readonly ConcurrentDictionary<string, AuthorizationPolicy> _policies = new(StringComparer.Ordinal);

    public Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(RequirePermissionAttribute.PolicyPrefix, StringComparison.Ordinal)
            || policyName.Length == RequirePermissionAttribute.PolicyPrefix.Length)
        {
            return _fallback.GetPolicyAsync(policyName);
        }

        return Task.FromResult<AuthorizationPolicy?>(_policies.GetOrAdd(policyName, static name => new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(new Permission(name[RequirePermissionAttribute.PolicyPrefix.Length..], string.Empty, string.Empty)))
            .Build()));
    }

    public Task<AuthorizationPolicy> GetDefaultPolicyAsync() => _fallback.GetDefaultPolicyAsync();

    public Task<AuthorizationPolicy?> GetFallbackPolicyAsync() => _fallback.GetFallbackPolicyAsync();
}
