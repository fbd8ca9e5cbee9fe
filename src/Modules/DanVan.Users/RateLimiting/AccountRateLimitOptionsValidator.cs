using DanVan.Orchard.Configuration;

namespace DanVan.Users.RateLimiting;

public sealed class AccountRateLimitOptionsValidator : ConfigurationValidator<AccountRateLimitOptions>
{
    public override string Section => AccountRateLimitOptions.SectionName;

    protected override void Check(AccountRateLimitOptions options, ConfigurationChecks checks)
    {
        Rule(options.SignIn, nameof(options.SignIn), checks);
        Rule(options.ForgotPassword, nameof(options.ForgotPassword), checks);
    }

    private static void Rule(RateLimitRule rule, string name, ConfigurationChecks checks) => checks
        .AtLeast(rule.PermitLimit, 1, $"{name}:{nameof(rule.PermitLimit)}")
        .Positive(rule.Window, $"{name}:{nameof(rule.Window)}");
}
