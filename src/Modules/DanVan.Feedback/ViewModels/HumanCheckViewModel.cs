using DanVan.Orchard.Security;

namespace DanVan.Feedback.ViewModels;

/// <summary>The captcha inside an account form: what to draw, the links to another question, and whether the last post failed it.</summary>
public sealed record HumanCheckViewModel(HumanVerificationContext Context, CaptchaViewModel? Captcha)
{
    /// <summary>Too many questions drawn lately for this address: none is drawn now.</summary>
    public bool TooMany => Captcha is null;

    public string NewCodeLink { get; init; } = string.Empty;

    public string InWordsLink { get; init; } = string.Empty;
}
