using DanVan.Orchard.Configuration;

namespace DanVan.Feedback;

public sealed class FeedbackRateLimitOptionsValidator : ConfigurationValidator<FeedbackRateLimitOptions>
{
    public override string Section => FeedbackRateLimitOptions.SectionName;

    protected override void Check(FeedbackRateLimitOptions options, ConfigurationChecks checks) => checks
        .AtLeast(options.PermitLimit, 1, nameof(options.PermitLimit))
        .AtLeast(options.CaptchaPermitLimit, 1, nameof(options.CaptchaPermitLimit))
        .Positive(options.Window, nameof(options.Window));
}
