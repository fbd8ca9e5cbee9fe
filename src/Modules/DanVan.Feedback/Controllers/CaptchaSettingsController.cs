using System.Globalization;
using DanVan.Feedback.Captcha;
using DanVan.Feedback.Services;
using DanVan.Feedback.ViewModels;
using DanVan.Orchard.Data;
using DanVan.Orchard.Display;
using DanVan.Orchard.Security;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Feedback.Controllers;

/// <summary>"Cài đặt góp ý": the offline code only or Google reCAPTCHA v2/v3 with the tenant's keys; answers under articles.</summary>
[Admin]
[RequirePermission(FeedbackPermissions.Names.ManageFeedback)]
public sealed class CaptchaSettingsController(
    ReCaptchaSettingsStore store,
    IDocumentStore documents,
    ReCaptchaOutages outages,
    TenantContext tenant,
    Notifier notifier) : Controller
{
    [HttpGet("/admin/feedback/captcha")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var settings = await store.GetAsync(cancellationToken);
        return View(new CaptchaSettingsViewModel
        {
            Mode = settings.Mode.ToString(),
            SiteKey = settings.SiteKey,
            HasSecretKey = !string.IsNullOrEmpty(settings.SecretKey),
            ScoreThreshold = settings.ScoreThreshold.ToString("0.0#", CultureInfo.InvariantCulture),
            PublishAnswers = (await documents.GetAsync<FeedbackSettings>(FeedbackSettings.DocumentId, cancellationToken)).PublishAnswers,
        });
    }

    [HttpPost("/admin/feedback/captcha")]
    public async Task<IActionResult> Save(CaptchaSettingsViewModel model, CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(cancellationToken);
        if (!Enum.TryParse<ReCaptchaMode>(model.Mode, ignoreCase: true, out var mode) || !Enum.IsDefined(mode))
        {
            ModelState.AddModelError(nameof(model.Mode), "Chọn một kiểu mã kiểm tra.");
        }

        var secret = string.IsNullOrWhiteSpace(model.SecretKey) ? current.SecretKey : model.SecretKey.Trim();
        if (mode != ReCaptchaMode.Off)
        {
            if (string.IsNullOrWhiteSpace(model.SiteKey))
            {
                ModelState.AddModelError(nameof(model.SiteKey), "Nhập khóa trang (Site key) của reCAPTCHA.");
            }

            if (string.IsNullOrWhiteSpace(secret))
            {
                ModelState.AddModelError(nameof(model.SecretKey), "Nhập khóa bí mật (Secret key) của reCAPTCHA.");
            }
        }

        var threshold = 0.5;
        if (mode == ReCaptchaMode.V3 &&
            (!double.TryParse(model.ScoreThreshold?.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out threshold) || threshold is < 0 or > 1))
        {
            ModelState.AddModelError(nameof(model.ScoreThreshold), "Ngưỡng điểm là một số từ 0 đến 1, ví dụ 0,5.");
        }

        if (!ModelState.IsValid)
        {
            model.HasSecretKey = !string.IsNullOrEmpty(current.SecretKey);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", model);
        }

        await store.SaveAsync(new ReCaptchaSettings
        {
            Mode = mode,
            SiteKey = model.SiteKey?.Trim(),
            SecretKey = secret,
            ScoreThreshold = mode == ReCaptchaMode.V3 ? threshold : current.ScoreThreshold,
        }, cancellationToken);
        await documents.SaveAsync(FeedbackSettings.DocumentId, new FeedbackSettings { PublishAnswers = model.PublishAnswers }, cancellationToken);
        outages.Clear(tenant.Settings.Name);
        notifier.Success("Đã lưu cài đặt ý kiến bạn đọc.");
        return Redirect(Url.Content("~/admin/feedback/captcha"));
    }
}
