using DanVan.Feedback.Captcha;
using DanVan.Feedback.Services;
using DanVan.Feedback.ViewModels;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Logging;

namespace DanVan.Feedback.Controllers;

/// <summary>
/// The reader's form at /gop-y. Pages of articles are output-cached, so the form under an article carries neither an
/// antiforgery token nor a captcha (both would be someone else's in a cached copy): it posts the typed text to
/// <c>/gop-y/viet</c>, which stores nothing and shows this uncached page with the text, a fresh captcha and a token.
/// Sending (<c>POST /gop-y</c>) checks the token, the captcha and the rate limit, then redirects to the thank-you page.
/// </summary>
public sealed class FeedbackController(
    FeedbackInbox inbox,
    CaptchaGate captcha,
    CaptchaStore offline,
    RobotDetector robots,
    TenantContext tenant,
    ILogger<FeedbackController> logger) : Controller
{
    public const string CaptchaField = nameof(FeedbackForm.CaptchaAnswer);

    /// <summary>Each view writes a captcha question (a row): limited like "Đổi mã khác".</summary>
    [HttpGet("/gop-y")]
    [EnableRateLimiting(FeedbackRateLimits.Captcha)]
    public async Task<IActionResult> Index(string? bai, CancellationToken cancellationToken) =>
        await FormAsync(new FeedbackForm { ContentPath = bai }, new Dictionary<string, string>(), inWords: false, StatusCodes.Status200OK, cancellationToken);

    /// <summary>The form under an article: carries the text over, changes nothing, so it needs no token.</summary>
    [HttpPost("/gop-y/viet")]
    [EnableRateLimiting(FeedbackRateLimits.Captcha)]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> Continue([FromForm] FeedbackForm form, CancellationToken cancellationToken)
    {
        form.CaptchaId = null;
        form.CaptchaAnswer = null;
        return await FormAsync(form, new Dictionary<string, string>(), inWords: false, StatusCodes.Status200OK, cancellationToken);
    }

    /// <summary>"Đổi mã khác" and "Câu hỏi thay thế": a new question, the text kept (a post, so it works without JavaScript).</summary>
    [HttpPost("/gop-y/doi-ma")]
    [EnableRateLimiting(FeedbackRateLimits.Captcha)]
    public async Task<IActionResult> NewCode([FromForm] FeedbackForm form, string? kieu, CancellationToken cancellationToken)
    {
        await offline.VerifyAsync(form.CaptchaId, "-", cancellationToken); // retire the old question
        return await FormAsync(form, new Dictionary<string, string>(), inWords: kieu == "cau-hoi", StatusCodes.Status200OK, cancellationToken);
    }

    [HttpPost("/gop-y")]
    [EnableRateLimiting(FeedbackRateLimits.Post)]
    public async Task<IActionResult> Send([FromForm] FeedbackForm form, CancellationToken cancellationToken)
    {
        var errors = FeedbackValidator.Validate(form);
        var client = HttpContext.Connection.RemoteIpAddress?.ToString();
        // Judged on the posts before this one: in "robots only" mode the first few from an address need no captcha.
        var asked = await robots.FormNeedsCaptchaAsync(HttpContext, cancellationToken);
        await robots.RecordFormPostAsync(HttpContext, cancellationToken);
        var result = asked
            ? await captcha.VerifyAsync(form.CaptchaId, form.CaptchaAnswer, Request.Form["g-recaptcha-response"], client, cancellationToken)
            : CaptchaResult.Passed;
        var inWords = form.CaptchaId is not null && Request.Form["captcha-kind"] == "cau-hoi";
        switch (result)
        {
            case CaptchaResult.Failed:
                errors[CaptchaField] = form.CaptchaId is null
                    ? "Chưa xác nhận được bạn không phải máy. Vui lòng nhập mã kiểm tra."
                    : "Mã kiểm tra không đúng hoặc đã hết hạn. Vui lòng nhập mã mới.";
                break;
            case CaptchaResult.Unavailable:
                errors[CaptchaField] = "Không kết nối được dịch vụ reCAPTCHA. Vui lòng nhập mã kiểm tra bên dưới.";
                break;
        }

        if (errors.Count > 0)
        {
            form.CaptchaAnswer = null;
            return await FormAsync(form, errors, inWords, StatusCodes.Status400BadRequest, cancellationToken);
        }

        var outcome = await inbox.ReceiveAsync(form, client, cancellationToken);
        FeedbackLog.Received(logger, tenant.Settings.Name, outcome);
        return Redirect(Url.Content("~/gop-y/cam-on"));
    }

    [HttpGet("/gop-y/cam-on")]
    public IActionResult Thanks() => View();

    /// <summary>The code of an open question as a PNG; never cached, 404 once answered or expired.</summary>
    [HttpGet("/gop-y/ma-kiem-tra/{id}")]
    [EnableRateLimiting(FeedbackRateLimits.Captcha)]
    public async Task<IActionResult> Image(string id, CancellationToken cancellationToken)
    {
        var code = id.Length <= 32 ? await offline.CodeAsync(id, cancellationToken) : null;
        if (code is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return File(CaptchaImage.Render(code), "image/png");
    }

    private async Task<IActionResult> FormAsync(FeedbackForm form, IReadOnlyDictionary<string, string> errors, bool inWords, int status, CancellationToken cancellationToken)
    {
        var content = await inbox.FindContentAsync(form.ContentPath, cancellationToken);
        form.ContentPath = content?.Path;
        form.CaptchaId = null;
        var model = new FeedbackPageViewModel
        {
            Form = form,
            Errors = errors,
            ContentTitle = content?.Title,
            Captcha = await robots.FormNeedsCaptchaAsync(HttpContext, cancellationToken)
                ? await captcha.PrepareAsync(inWords, cancellationToken)
                : CaptchaViewModel.None,
        };
        Response.StatusCode = status;
        Response.Headers.CacheControl = "no-store";
        return View("Index", model);
    }
}
