namespace DanVan.Users.RateLimiting;

/// <summary>At most <see cref="PermitLimit"/> requests in each <see cref="Window"/>, per tenant and client address.</summary>
public sealed class RateLimitRule
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}
