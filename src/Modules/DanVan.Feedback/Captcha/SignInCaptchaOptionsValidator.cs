using DanVan.Orchard.Configuration;

namespace DanVan.Feedback.Captcha;

public sealed class SignInCaptchaOptionsValidator : ConfigurationValidator<SignInCaptchaOptions>
{
    public override string Section => SignInCaptchaOptions.SectionName;

    protected override void Check(SignInCaptchaOptions options, ConfigurationChecks checks) => checks
        .AtLeast(options.FailedAttempts, 1, nameof(options.FailedAttempts))
        .Positive(options.Window, nameof(options.Window));
}
