namespace DanVan.Feedback.Captcha;

/// <summary>
/// A tenant's reCAPTCHA keys, in Orchard's shape (<c>SiteKey</c>, <c>SecretKey</c>) plus the mode and v3's threshold;
/// a document of the tenant, set on the settings page or by the <c>Settings</c> recipe step's <c>ReCaptchaSettings</c>.
/// </summary>
public sealed class ReCaptchaSettings
{
    public const string DocumentId = "ReCaptchaSettings";

    public ReCaptchaMode Mode { get; set; }

    public string? SiteKey { get; set; }

    public string? SecretKey { get; set; }

    public double ScoreThreshold { get; set; } = 0.5;

    public bool IsUsable => Mode != ReCaptchaMode.Off && !string.IsNullOrWhiteSpace(SiteKey) && !string.IsNullOrWhiteSpace(SecretKey);
}
