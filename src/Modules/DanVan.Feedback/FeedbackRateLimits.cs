using System.Threading.RateLimiting;
using DanVan.Orchard.Configuration;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback;

/// <summary>
/// Sending the form is limited per tenant and client address (<c>DanVan:Feedback:RateLimit</c>, default 5 a minute:
/// the 6th post within the minute answers 429 with the platform's Vietnamese page).
/// </summary>
public static class FeedbackRateLimits
{
    public const string Post = "DanVan.Feedback.Post";

    public static IServiceCollection AddFeedbackRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<FeedbackRateLimitOptions, FeedbackRateLimitOptionsValidator>(configuration);
        services.AddRateLimiter(options => options.AddPolicy(Post, context =>
        {
            var tenant = context.RequestServices.GetRequiredService<TenantContext>();
            var rule = context.RequestServices.GetRequiredService<IOptions<FeedbackRateLimitOptions>>().Value;
            var key = $"{Post}|{(tenant.HasTenant ? tenant.Settings.Name : string.Empty)}|{context.Connection.RemoteIpAddress}";
            return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = rule.PermitLimit,
                Window = rule.Window,
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        }));
        return services;
    }
}
