using DanVan.Email.Smtp;
using DanVan.Orchard.Security;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace DanVan.Email;

/// <summary>
/// "Gửi thư thử" opens a connection from this server each time: a few per tenant in a window
/// (<c>DanVan:Email:TestMailPermitLimit</c> / <c>TestMailWindow</c>), whoever posts them; the rest get 429 and the
/// framework's Vietnamese page.
/// </summary>
public static class EmailRateLimits
{
    public const string TestMail = "DanVan.Email.TestMail";

    public static IServiceCollection AddEmailRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(options => options.AddPolicy(TestMail, context =>
        {
            var tenant = context.RequestServices.GetRequiredService<TenantContext>();
            var limits = context.RequestServices.GetRequiredService<IOptionsMonitor<TenantSmtpOptions>>().CurrentValue;
            return SharedRateLimitPartition.GetFixedWindowLimiter(
                context,
                $"{TestMail}|{(tenant.HasTenant ? tenant.Settings.Name : string.Empty)}",
                Math.Max(1, limits.TestMailPermitLimit),
                limits.TestMailWindow > TimeSpan.Zero ? limits.TestMailWindow : TimeSpan.FromMinutes(10));
        }));
        return services;
    }
}
