namespace DanVan.Feedback.Captcha;

/// <summary>The <c>DanVan:Feedback:SignInCaptcha</c> section: when the sign-in form starts asking for the captcha.</summary>
public sealed class SignInCaptchaOptions
{
    public const string SectionName = "DanVan:Feedback:SignInCaptcha";

    /// <summary>Failed sign-ins of one typed name, or from one address, after which the form asks for the captcha.</summary>
    public int FailedAttempts { get; set; } = 3;

    /// <summary>How long failures are counted, from the first one.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
}
