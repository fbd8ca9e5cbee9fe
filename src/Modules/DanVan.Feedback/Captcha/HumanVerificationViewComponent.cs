using DanVan.Feedback.ViewModels;
using DanVan.Orchard.Security;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Feedback.Captcha;

/// <summary>
/// Draws the captcha inside another module's form (sign-in, forgotten password). "Đổi mã khác" and "Câu hỏi thay
/// thế" are links opening the same page with <see cref="QueryKey"/>: buttons would come before the form's own and
/// take the Enter key.
/// </summary>
public sealed class HumanVerificationViewComponent(CaptchaGate gate, CaptchaIssueLimiter limiter) : ViewComponent
{
    public const string QueryKey = "ma-kiem-tra";

    public const string InWords = "cau-hoi";

    private const string ViewPath = "~/Views/HumanVerification/Default.cshtml";

    public async Task<IViewComponentResult> InvokeAsync(HumanVerificationContext context)
    {
        if (!await limiter.TryAcquireAsync(HttpContext))
        {
            return View(ViewPath, new HumanCheckViewModel(context, null));
        }

        var captcha = await gate.PrepareAsync(Request.Query[QueryKey] == InWords, HttpContext.RequestAborted);
        return View(ViewPath, new HumanCheckViewModel(context, captcha) { NewCodeLink = Link("doi"), InWordsLink = Link(InWords) });
    }

    private string Link(string kind)
    {
        var query = Request.Query.Where(q => q.Key != QueryKey)
            .SelectMany(q => q.Value.Select(v => KeyValuePair.Create<string, string?>(q.Key, v)))
            .Append(KeyValuePair.Create<string, string?>(QueryKey, kind));
        return Request.PathBase + Request.Path + QueryString.Create(query);
    }
}
