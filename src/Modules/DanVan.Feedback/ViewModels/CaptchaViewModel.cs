namespace DanVan.Feedback.ViewModels;

/// <summary>The captcha the form shows: the offline image or question, or Google's widget.</summary>
public sealed record CaptchaViewModel
{
    /// <summary>Nothing to answer ("robots only" mode, for a client that behaves like a person).</summary>
    public static readonly CaptchaViewModel None = new();

    public bool IsNone => ChallengeId is null && ReCaptchaSiteKey is null;

    /// <summary>The offline question's id (hidden field), or null with reCAPTCHA.</summary>
    public string? ChallengeId { get; init; }

    /// <summary>The question in words (accessible alternative); null for the image.</summary>
    public string? Question { get; init; }

    /// <summary>reCAPTCHA's site key when the tenant uses it and Google was reachable lately.</summary>
    public string? ReCaptchaSiteKey { get; init; }

    /// <summary>"v2" (checkbox) or "v3" (score, invisible).</summary>
    public string? ReCaptchaVersion { get; init; }
}
