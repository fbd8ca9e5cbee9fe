using DanVan.Orchard.Configuration;

namespace DanVan.Feedback.Captcha;

public sealed class ReCaptchaOptionsValidator : ConfigurationValidator<ReCaptchaOptions>
{
    public override string Section => ReCaptchaOptions.SectionName;

    protected override void Check(ReCaptchaOptions options, ConfigurationChecks checks) => checks
        .That(options.VerifyUrl is { IsAbsoluteUri: true } url && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp),
            nameof(options.VerifyUrl), "must be an absolute http(s) address", options.VerifyUrl)
        .Positive(options.Timeout, nameof(options.Timeout))
        .Positive(options.OutageBackoff, nameof(options.OutageBackoff));
}
