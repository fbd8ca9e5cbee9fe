using System.Net;
using DanVan.AuditTrail.Data;
using DanVan.Feedback.Data;
using DanVan.Orchard.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Feedback;

/// <summary>Every moderation action and a settings change leave an entry in the district's audit trail, without any secret.</summary>
[Collection(FeedbackSiteCollection.Name)]
public sealed class FeedbackAuditTrailTests(FeedbackSiteFixture site)
{
    [Fact]
    public async Task Status_reply_publish_delete_and_settings_are_recorded_in_the_audit_trail()
    {
        var fields = FeedbackReader.Message("Nhật ký kiểm tra góp ý");
        fields["Email"] = "nhat-ky@example.vn";
        fields["ContentPath"] = ProvisionedSiteFixture.SampleArticlePath;
        var reader = new FeedbackReader(site, "HoaAn", "/hoa-an");
        Assert.Equal(HttpStatusCode.Redirect, (await reader.OpenAndSendAsync(fields)).StatusCode);
        var message = Assert.Single(await site.MessagesAsync("HoaAn"), m => m.Subject == "Nhật ký kiểm tra góp ý");
        var admin = site.Client("/hoa-an");
        await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);
        var show = "/admin/feedback/" + message.Id;

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(show, show + "/reply", new() { ["reply"] = "Cảm ơn bạn." })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/feedback/captcha", "/admin/feedback/captcha",
            new() { ["Mode"] = "Off", ["SecretKey"] = "bi-mat-khong-ghi-vao-nhat-ky", ["PublishAnswers"] = "true" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(show, show + "/publish", new() { ["value"] = "true" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(show, show + "/status", new() { ["value"] = "spam" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(show, show + "/delete", new() { ["confirmed"] = "true" })).StatusCode);
        await admin.PostFormAsync("/admin/feedback/captcha", "/admin/feedback/captcha", new() { ["Mode"] = "Off" });

        List<(string Name, string? Subject, string? Details, string? User)> events = [];
        await site.InTenantAsync("HoaAn", async services =>
            events = (await services.GetRequiredService<AuditTrailDbContext>().Events.AsNoTracking()
                    .Where(e => e.Category == AuditCategories.Feedback).ToListAsync())
                .Select(e => (e.Name, e.DisplayText, e.Details, e.UserName)).ToList());

        var subject = $"Nhật ký kiểm tra góp ý ({message.Name})";
        Assert.Contains(events, e => e.Name == "StatusChanged" && e.Subject == subject && e.Details == "Thư rác" && e.User == "admin");
        Assert.Contains(events, e => e.Name == "Replied" && e.Subject == subject);
        Assert.Contains(events, e => e.Name == "Published" && e.Subject == subject);
        Assert.Contains(events, e => e.Name == "Deleted" && e.Subject == subject);
        var settings = Assert.Single(events, e => e.Name == "SettingsChanged" && e.Details!.Contains("khóa bí mật", StringComparison.Ordinal));
        Assert.Contains("cho phép đăng dưới bài", settings.Details, StringComparison.Ordinal);
        Assert.DoesNotContain(events, e => (e.Details ?? string.Empty).Contains("bi-mat-khong-ghi-vao-nhat-ky", StringComparison.Ordinal));
        Assert.Contains("Ý kiến bạn đọc", await admin.GetStringAsync("/admin/audit?category=Feedback"));
    }
}
