using System.Text.Json.Serialization;

namespace DanVan.Feedback.Captcha;

/// <summary>
/// A tenant's reCAPTCHA keys, in Orchard's shape (<c>SiteKey</c>, the secret) plus the mode and v3's threshold;
/// a document of the tenant, set on the settings page or by the <c>Settings</c> recipe step's <c>ReCaptchaSettings</c>.
/// The secret is kept only in its Data Protection form (<see cref="ReCaptchaSettingsStore.UnprotectSecret"/>).
/// </summary>
public sealed class ReCaptchaSettings
{
    public const string DocumentId = "ReCaptchaSettings";

    public ReCaptchaMode Mode { get; set; }

    public string? SiteKey { get; set; }

    public string? ProtectedSecretKey { get; set; }

    /// <summary>
    /// A secret saved in clear by the module's first version; the store protects it on first read and clears it.
    /// </summary>
    [JsonPropertyName("SecretKey")]
    public string? LegacyClearSecretKey { get; set; }

    public double ScoreThreshold { get; set; } = 0.5;

    public const int MaxRobotPostLimit = 1000;
    public const int MaxRobotWindowMinutes = 1440;

    /// <summary>
    /// Orchard's "robots only": the reader's form asks for the captcha only from an address that sent more than
    /// <see cref="RobotPostLimit"/> posts in <see cref="RobotWindowMinutes"/> minutes, or failed to sign in a few times.
    /// </summary>
    public bool RobotsOnly { get; set; }

    public int RobotPostLimit { get; set; } = 3;

    public int RobotWindowMinutes { get; set; } = 10;

    public bool IsUsable => Mode != ReCaptchaMode.Off && !string.IsNullOrWhiteSpace(SiteKey) && !string.IsNullOrWhiteSpace(ProtectedSecretKey);
}
