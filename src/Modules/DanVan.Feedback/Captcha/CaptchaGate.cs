using DanVan.Feedback.ViewModels;

namespace DanVan.Feedback.Captcha;

/// <summary>
/// The form's captcha, whichever the tenant uses: what to show, and whether a post passed it. With reCAPTCHA set up
/// and Google reachable, Google's widget; otherwise (no keys, or Google not answering) the offline "Mã kiểm tra".
/// </summary>
public sealed class CaptchaGate(CaptchaStore offline, ReCaptchaVerifier reCaptcha)
{
    public async Task<CaptchaViewModel> PrepareAsync(bool inWords, CancellationToken cancellationToken)
    {
        var google = await reCaptcha.ActiveSettingsAsync(cancellationToken);
        if (google is not null && !inWords)
        {
            return new CaptchaViewModel { ReCaptchaSiteKey = google.SiteKey, ReCaptchaVersion = google.Mode == ReCaptchaMode.V3 ? "v3" : "v2" };
        }

        var challenge = await offline.IssueAsync(inWords, cancellationToken);
        return new CaptchaViewModel { ChallengeId = challenge.Id, Question = challenge.Question };
    }

    /// <summary>Whether the post passed: the offline answer when one was asked, else Google's token.</summary>
    public async Task<CaptchaResult> VerifyAsync(string? challengeId, string? answer, string? reCaptchaToken, string? clientAddress, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(challengeId))
        {
            return await offline.VerifyAsync(challengeId, answer, cancellationToken) ? CaptchaResult.Passed : CaptchaResult.Failed;
        }

        var google = await reCaptcha.ActiveSettingsAsync(cancellationToken);
        if (google is null)
        {
            // The form showed Google's widget but Google is gone now (or the keys were removed): ask the offline code.
            return CaptchaResult.Failed;
        }

        return await reCaptcha.VerifyAsync(google, reCaptchaToken, clientAddress, cancellationToken);
    }
}
