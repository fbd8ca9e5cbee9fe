using System.Threading.RateLimiting;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Captcha;

/// <summary>
/// Bounds the questions the account forms' captcha writes, per tenant and address (<c>CaptchaPermitLimit</c> in each
/// <c>Window</c> of <c>DanVan:Feedback:RateLimit</c>): the forgotten-password page draws one on every view, and those
/// pages belong to the Users module, which cannot name this module's rate-limit policy.
/// </summary>
public sealed class CaptchaIssueLimiter(IOptions<FeedbackRateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.CaptchaPermitLimit,
            Window = options.Value.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public bool TryAcquire(HttpContext context)
    {
        var tenant = context.RequestServices.GetRequiredService<TenantContext>();
        using var lease = _limiter.AttemptAcquire($"{(tenant.HasTenant ? tenant.Settings.Name : string.Empty)}|{context.Connection.RemoteIpAddress}");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
