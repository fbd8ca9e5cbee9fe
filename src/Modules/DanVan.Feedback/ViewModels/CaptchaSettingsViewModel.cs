namespace DanVan.Feedback.ViewModels;

public sealed class CaptchaSettingsViewModel
{
    public static readonly IReadOnlyList<(string Value, string Name)> Modes =
    [
        ("Off", "Chỉ mã kiểm tra tự vẽ (không cần Internet)"),
        ("V2", "Google reCAPTCHA v2 (ô “Tôi không phải là người máy”)"),
        ("V3", "Google reCAPTCHA v3 (chấm điểm, không cần bấm)"),
    ];

    public string? Mode { get; set; }

    public string? SiteKey { get; set; }

    /// <summary>Typed only to change it; never shown back.</summary>
    public string? SecretKey { get; set; }

    public string? ScoreThreshold { get; set; }

    public bool HasSecretKey { get; set; }

    /// <summary>"Robots only": the reader's form asks for the captcha only from addresses that behave like scripts.</summary>
    public bool RobotsOnly { get; set; }

    /// <summary>Posts allowed from one address in <see cref="RobotWindowMinutes"/> before the captcha is asked (text, checked on save).</summary>
    public string? RobotPostLimit { get; set; }

    public string? RobotWindowMinutes { get; set; }

    /// <summary>Chosen messages may be shown with the board's answer under their article.</summary>
    public bool PublishAnswers { get; set; }
}
