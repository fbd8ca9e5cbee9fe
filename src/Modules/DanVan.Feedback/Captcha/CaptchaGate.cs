using DanVan.Feedback.ViewModels;

namespace DanVan.Feedback.Captcha;

/// <summary>
/// The form's captcha, whichever the tenant uses: what to show, and whether a post passed it. With reCAPTCHA set up
/// and Google reachable, Google's widget only; otherwise (no keys, or Google not answering) the offline "Mã kiểm tra".
/// The offline questions never stand in for a reachable Google: a script would ask for the question in words (the
/// easiest to answer by program) and never meet Google.
/// </summary>
public sealed class CaptchaGate(CaptchaStore offline, ReCaptchaVerifier reCaptcha)
{
    public async Task<CaptchaViewModel> PrepareAsync(bool inWords, CancellationToken cancellationToken)
    {
        var google = await reCaptcha.ActiveSettingsAsync(cancellationToken);
        if (google is not null)
        {
            return new CaptchaViewModel { ReCaptchaSiteKey = google.SiteKey, ReCaptchaVersion = google.Mode == ReCaptchaMode.V3 ? "v3" : "v2" };
        }

        var challenge = await offline.IssueAsync(inWords, cancellationToken);
        return new CaptchaViewModel { ChallengeId = challenge.Id, Question = challenge.Question };
    }

    /// <summary>Whether the post passed: the offline answer when one was asked, else Google's token.</summary>
    public async Task<CaptchaResult> VerifyAsync(string? challengeId, string? answer, string? reCaptchaToken, string? clientAddress, CancellationToken cancellationToken)
    {
        var google = await reCaptcha.ActiveSettingsAsync(cancellationToken);
        if (!string.IsNullOrEmpty(challengeId))
        {
            // Checked (and so retired) either way; accepted only while Google is off or known not to answer.
            var right = await offline.VerifyAsync(challengeId, answer, cancellationToken);
            return right && google is null ? CaptchaResult.Passed : CaptchaResult.Failed;
        }

        if (google is null)
        {
            // The form showed Google's widget but Google is gone now (or the keys were removed): ask the offline code.
            return CaptchaResult.Failed;
        }

        return await reCaptcha.VerifyAsync(google, reCaptchaToken, clientAddress, cancellationToken);
    }
}
