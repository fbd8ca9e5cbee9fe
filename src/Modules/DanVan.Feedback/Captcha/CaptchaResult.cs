namespace DanVan.Feedback.Captcha;

public enum CaptchaResult
{
    Passed,

    /// <summary>Wrong, reused or expired answer; or Google said no (or the score was too low).</summary>
    Failed,

    /// <summary>Google could not be asked (timeout, network, bad answer): the offline captcha takes over.</summary>
    Unavailable,
}
