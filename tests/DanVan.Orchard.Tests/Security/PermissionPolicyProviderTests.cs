using DanVan.Orchard.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.Extensions.Options;

namespace DanVan.Orchard.Tests.Security;

public sealed class PermissionPolicyProviderTests
{
    private static PermissionPolicyProvider Provider(Action<AuthorizationOptions>? configure = null)
    {
        var options = new AuthorizationOptions();
        configure?.Invoke(options);
        return new PermissionPolicyProvider(Options.Create(options));
    }

    [Fact]
    public async Task A_permission_policy_needs_a_signed_in_user_with_the_permission()
    {
        var policy = await Provider().GetPolicyAsync(new RequirePermissionAttribute("ManageSettings").Policy!);

        Assert.NotNull(policy);
        Assert.Contains(policy.Requirements, r => r is DenyAnonymousAuthorizationRequirement);
        Assert.Equal("ManageSettings", Assert.Single(policy.Requirements.OfType<PermissionRequirement>()).Permission.Name);
    }

    [Fact]
    public async Task The_admin_attribute_is_the_view_admin_permission()
    {
        var policy = await Provider().GetPolicyAsync(new AdminAttribute().Policy!);

        Assert.Equal(AdminPermissions.Names.ViewAdmin, Assert.Single(policy!.Requirements.OfType<PermissionRequirement>()).Permission.Name);
    }

    [Fact]
    public async Task Other_policy_names_go_to_the_registered_policies()
    {
        var registered = new AuthorizationPolicyBuilder().RequireRole("x").Build();
        var provider = Provider(o => o.AddPolicy("Other", registered));

        Assert.Same(registered, await provider.GetPolicyAsync("Other"));
        Assert.Null(await provider.GetPolicyAsync("Unknown"));
        Assert.Null(await provider.GetPolicyAsync(RequirePermissionAttribute.PolicyPrefix));
    }
}
