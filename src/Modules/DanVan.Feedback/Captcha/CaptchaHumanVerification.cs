using DanVan.Orchard.Security;

namespace DanVan.Feedback.Captcha;

/// <summary>The account forms' captcha: the same offline code or Google reCAPTCHA as the reader's form, by the tenant's settings.</summary>
public sealed class CaptchaHumanVerification(CaptchaGate gate, RobotDetector robots) : IHumanVerification
{
    public Type? ViewComponent => typeof(HumanVerificationViewComponent);

    public async Task<bool> IsRequiredAsync(HumanCheckPurpose purpose, HttpContext context, string? userName, CancellationToken cancellationToken) =>
        purpose == HumanCheckPurpose.ForgotPassword ||
        // "Đổi mã khác" and "Câu hỏi thay thế" open the page with the captcha asked for.
        context.Request.Query.ContainsKey(HumanVerificationViewComponent.QueryKey) ||
        await robots.SignInNeedsCaptchaAsync(context, userName, cancellationToken);

    public async Task<bool> VerifyAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(cancellationToken) : FormCollection.Empty;
        var result = await gate.VerifyAsync(form["CaptchaId"], form["CaptchaAnswer"], form["g-recaptcha-response"],
            context.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        // Google not answering (Unavailable) is no pass either: the form is shown again with the offline code.
        return result == CaptchaResult.Passed;
    }

    public Task RecordSignInAsync(HttpContext context, string userName, bool succeeded, CancellationToken cancellationToken) =>
        robots.RecordSignInAsync(context, userName, succeeded, cancellationToken);
}
