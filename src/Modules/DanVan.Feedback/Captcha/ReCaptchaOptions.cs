namespace DanVan.Feedback.Captcha;

/// <summary>The <c>DanVan:Feedback:ReCaptcha</c> section: where and how long to ask Google.</summary>
public sealed class ReCaptchaOptions
{
    public const string SectionName = "DanVan:Feedback:ReCaptcha";

    public Uri VerifyUrl { get; set; } = new("https://www.google.com/recaptcha/api/siteverify");

    /// <summary>How long one verification may take; a district's server without the Internet must not make readers wait.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>After Google failed to answer, how long the tenant's form uses the offline captcha before trying Google again.</summary>
    public TimeSpan OutageBackoff { get; set; } = TimeSpan.FromMinutes(5);
}
