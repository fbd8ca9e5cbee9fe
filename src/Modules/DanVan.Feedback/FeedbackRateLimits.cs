using System.Threading.RateLimiting;
using DanVan.Orchard.Configuration;
using DanVan.Orchard.Security;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback;

/// <summary>
/// Sending the form is limited per tenant and client address (<c>DanVan:Feedback:RateLimit</c>, default 5 a minute:
/// the 6th post within the minute answers 429 with the platform's Vietnamese page). Drawing codes is limited apart
/// (<c>CaptchaPermitLimit</c>): each new code is a row and an image, so a client cannot make the server draw without bound.
/// </summary>
public static class FeedbackRateLimits
{
    public const string Post = "DanVan.Feedback.Post";

    public const string Captcha = "DanVan.Feedback.Captcha";

    public static IServiceCollection AddFeedbackRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<FeedbackRateLimitOptions, FeedbackRateLimitOptionsValidator>(configuration);
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(Post, context => Partition(context, Post, rule => rule.PermitLimit));
            options.AddPolicy(Captcha, context => Partition(context, Captcha, rule => rule.CaptchaPermitLimit));
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, string policy, Func<FeedbackRateLimitOptions, int> permits)
    {
        var tenant = context.RequestServices.GetRequiredService<TenantContext>();
        var rule = context.RequestServices.GetRequiredService<IOptions<FeedbackRateLimitOptions>>().Value;
        var key = $"{policy}|{(tenant.HasTenant ? tenant.Settings.Name : string.Empty)}|{ClientAddress.Key(context)}";
        return SharedRateLimitPartition.GetFixedWindowLimiter(context, key, permits(rule), rule.Window);
    }
}
