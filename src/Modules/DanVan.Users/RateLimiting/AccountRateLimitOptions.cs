namespace DanVan.Users.RateLimiting;

/// <summary>The <c>DanVan:RateLimits</c> configuration section: how often the account forms may be posted.</summary>
public sealed class AccountRateLimitOptions
{
    public const string SectionName = "DanVan:RateLimits";

    /// <summary>Posts of the sign-in form.</summary>
    public RateLimitRule SignIn { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Posts of the forgotten-password form (each may send an e-mail).</summary>
    public RateLimitRule ForgotPassword { get; set; } = new() { PermitLimit = 5, Window = TimeSpan.FromMinutes(15) };
}
