using System.Globalization;
using DanVan.Feedback.Captcha;
using DanVan.Feedback.Services;
using DanVan.Feedback.ViewModels;
using DanVan.Orchard.Audit;
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
    Notifier notifier,
    IAuditTrailRecorder audit) : Controller
{
    [HttpGet("/admin/feedback/captcha")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var settings = await store.GetAsync(cancellationToken);
        return View(new CaptchaSettingsViewModel
        {
            Mode = settings.Mode.ToString(),
            SiteKey = settings.SiteKey,
            HasSecretKey = !string.IsNullOrEmpty(settings.ProtectedSecretKey),
            ScoreThreshold = settings.ScoreThreshold.ToString("0.0#", CultureInfo.InvariantCulture),
            RobotsOnly = settings.RobotsOnly,
            RobotPostLimit = settings.RobotPostLimit.ToString(CultureInfo.InvariantCulture),
            RobotWindowMinutes = settings.RobotWindowMinutes.ToString(CultureInfo.InvariantCulture),
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

        // Leave blank to keep: the stored secret is never sent back to the browser.
        var protectedSecret = string.IsNullOrWhiteSpace(model.SecretKey) ? current.ProtectedSecretKey : store.Protect(model.SecretKey.Trim());
        if (mode != ReCaptchaMode.Off)
        {
            if (string.IsNullOrWhiteSpace(model.SiteKey))
            {
                ModelState.AddModelError(nameof(model.SiteKey), "Nhập khóa trang (Site key) của reCAPTCHA.");
            }

            if (string.IsNullOrWhiteSpace(protectedSecret))
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

        var postLimit = Whole(model.RobotPostLimit, ReCaptchaSettings.MaxRobotPostLimit, nameof(model.RobotPostLimit),
            $"Số lần gửi là một số nguyên từ 1 đến {ReCaptchaSettings.MaxRobotPostLimit}, ví dụ 3.", current.RobotPostLimit);
        var windowMinutes = Whole(model.RobotWindowMinutes, ReCaptchaSettings.MaxRobotWindowMinutes, nameof(model.RobotWindowMinutes),
            $"Số phút là một số nguyên từ 1 đến {ReCaptchaSettings.MaxRobotWindowMinutes}, ví dụ 10.", current.RobotWindowMinutes);

        if (!ModelState.IsValid)
        {
            model.HasSecretKey = !string.IsNullOrEmpty(current.ProtectedSecretKey);
            model.SecretKey = null;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", model);
        }

        await store.SaveAsync(new ReCaptchaSettings
        {
            Mode = mode,
            SiteKey = model.SiteKey?.Trim(),
            ProtectedSecretKey = protectedSecret,
            ScoreThreshold = mode == ReCaptchaMode.V3 ? threshold : current.ScoreThreshold,
            RobotsOnly = model.RobotsOnly,
            RobotPostLimit = postLimit,
            RobotWindowMinutes = windowMinutes,
        }, cancellationToken);
        var previous = await documents.GetAsync<FeedbackSettings>(FeedbackSettings.DocumentId, cancellationToken);
        await documents.SaveAsync(FeedbackSettings.DocumentId, new FeedbackSettings { PublishAnswers = model.PublishAnswers }, cancellationToken);
        outages.Clear(tenant.Settings.Name);
        var changed = new List<string>();
        if (mode != current.Mode) { changed.Add("kiểu mã kiểm tra: " + mode); }
        if (!string.Equals(model.SiteKey?.Trim(), current.SiteKey, StringComparison.Ordinal)) { changed.Add("khóa trang"); }
        if (protectedSecret != current.ProtectedSecretKey) { changed.Add("khóa bí mật"); }
        if (model.RobotsOnly != current.RobotsOnly || postLimit != current.RobotPostLimit || windowMinutes != current.RobotWindowMinutes)
        {
            changed.Add(model.RobotsOnly ? $"chỉ hỏi mã khi quá {postLimit} lần gửi trong {windowMinutes} phút" : "luôn hỏi mã");
        }

        if (previous.PublishAnswers != model.PublishAnswers) { changed.Add(model.PublishAnswers ? "cho phép đăng dưới bài" : "không đăng dưới bài"); }
        // The secret is named as changed, never its value.
        await audit.RecordAsync(new AuditEvent(AuditCategories.Feedback, "SettingsChanged", "Cài đặt góp ý",
            changed.Count == 0 ? "Không đổi gì" : "Đã đổi: " + string.Join(", ", changed)), CancellationToken.None);
        notifier.Success("Đã lưu cài đặt ý kiến bạn đọc.");
        return Redirect(Url.Content("~/admin/feedback/captcha"));
    }

    /// <summary>A whole number from 1 to <paramref name="max"/>; blank keeps <paramref name="current"/>.</summary>
    private int Whole(string? text, int max, string field, string error, int current)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return current;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= max)
        {
            return value;
        }

        ModelState.AddModelError(field, error);
        return current;
    }
}
