using System.Threading.RateLimiting;
using DanVan.Orchard.Configuration;
using DanVan.Orchard.Security;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace DanVan.Users.RateLimiting;

/// <summary>
/// Rate-limit policies of the account forms, partitioned by tenant and client address: guessing passwords or
/// flooding mailboxes from one address is slowed down, and one district's traffic never uses up another's budget.
/// </summary>
public static class AccountRateLimits
{
    public const string SignIn = "DanVan.Users.SignIn";
    public const string ForgotPassword = "DanVan.Users.ForgotPassword";

    public static IServiceCollection AddAccountRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<AccountRateLimitOptions, AccountRateLimitOptionsValidator>(configuration);
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(SignIn, context => Partition(context, SignIn, o => o.SignIn));
            options.AddPolicy(ForgotPassword, context => Partition(context, ForgotPassword, o => o.ForgotPassword));
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, string policy, Func<AccountRateLimitOptions, RateLimitRule> select)
    {
        var tenant = context.RequestServices.GetRequiredService<TenantContext>();
        var key = $"{policy}|{(tenant.HasTenant ? tenant.Settings.Name : string.Empty)}|{ClientAddress.Key(context)}";
        var rule = select(context.RequestServices.GetRequiredService<IOptions<AccountRateLimitOptions>>().Value);
        return SharedRateLimitPartition.GetFixedWindowLimiter(context, key, rule.PermitLimit, rule.Window);
    }
}
