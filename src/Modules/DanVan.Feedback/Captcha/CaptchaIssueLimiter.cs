using DanVan.Orchard.Security;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Captcha;

/// <summary>
/// Bounds the questions the account forms' captcha writes, per tenant and address (<c>CaptchaPermitLimit</c> in each
/// <c>Window</c> of <c>DanVan:Feedback:RateLimit</c>): the forgotten-password page draws one on every view, and those
/// pages belong to the Users module, which cannot name this module's rate-limit policy. Counted by
/// <see cref="IRateCounters"/>, so across the nodes with Redis.
/// </summary>
public sealed class CaptchaIssueLimiter(IOptions<FeedbackRateLimitOptions> options, IRateCounters counters)
{
    private const string Policy = "DanVan.Feedback.CaptchaIssue";

    public ValueTask<bool> TryAcquireAsync(HttpContext context)
    {
        var tenant = context.RequestServices.GetRequiredService<TenantContext>();
        var key = $"{Policy}|{(tenant.HasTenant ? tenant.Settings.Name : string.Empty)}|{ClientAddress.Key(context)}";
        return counters.TryCountAsync(key, options.Value.CaptchaPermitLimit, options.Value.Window, context.RequestAborted);
    }
}
