using DanVan.Orchard.Configuration;

namespace DanVan.Users.Sessions;

public sealed class UserSessionOptionsValidator : ConfigurationValidator<UserSessionOptions>
{
    public override string Section => UserSessionOptions.SectionName;

    protected override void Check(UserSessionOptions options, ConfigurationChecks checks) =>
        checks.NotNegative(options.SessionCacheDuration, nameof(options.SessionCacheDuration));
}
