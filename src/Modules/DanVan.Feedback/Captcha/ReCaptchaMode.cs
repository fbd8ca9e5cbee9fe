namespace DanVan.Feedback.Captcha;

public enum ReCaptchaMode
{
    /// <summary>The offline "Mã kiểm tra" only.</summary>
    Off = 0,

    /// <summary>Google's checkbox.</summary>
    V2 = 2,

    /// <summary>Google's invisible score, accepted from <see cref="ReCaptchaSettings.ScoreThreshold"/>.</summary>
    V3 = 3,
}
