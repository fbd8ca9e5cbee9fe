using System.Net;
using DanVan.Email.Smtp;
using DanVan.Orchard.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Email;

/// <summary>"Thư điện tử": a district's own server, its password kept encrypted and never shown, a test message reporting the server's answer.</summary>
public sealed class EmailSettingsAdminTests(EmailSiteFixture site) : IClassFixture<EmailSiteFixture>
{
    private const string Password = OrchardWebApplicationFactory.AdminPassword;

    [Fact]
    public async Task A_district_sets_its_own_server_the_password_is_encrypted_and_never_shown_and_the_test_mail_reports_the_answer()
    {
        await site.CreateAndSetupAsync("MayRieng", "may-rieng", "Ban Dân vận Huyện ủy Máy Riêng", "district-board");
        var admin = site.Client("/may-rieng");
        await admin.LoginAsync("admin", Password);
        Assert.Contains("máy chủ chung của hệ thống", await admin.GetStringAsync("/admin/email"));

        var injected = await admin.PostFormAsync("/admin/email", "/admin/email", Form("Ban Dân vận\r\nBcc: ai-do@evil.example", "mat-khau-sai-1"));
        Assert.Equal(HttpStatusCode.BadRequest, injected.StatusCode);
        Assert.Contains("không được có ký tự xuống dòng", await injected.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/email", "/admin/email", Form("Hộp thư Máy Riêng", "mat-khau-sai-1"))).StatusCode);
        var page = await admin.GetStringAsync("/admin/email");
        Assert.Contains("máy chủ riêng của trang", page);
        Assert.DoesNotContain("mat-khau-sai-1", page);
        await site.InTenantAsync("MayRieng", async services =>
        {
            var documents = await services.GetRequiredService<TenantDbContext>().Documents.AsNoTracking().Select(d => d.Data).ToListAsync();
            Assert.DoesNotContain(documents, d => d.Contains("mat-khau-sai-1", StringComparison.Ordinal));
            var store = services.GetRequiredService<EmailSettingsStore>();
            Assert.Equal("mat-khau-sai-1", store.Unprotect(await store.GetAsync(CancellationToken.None)));
        });

        // A category, not the server's own words (those are in the log only).
        var refused = await admin.PostFormAsync("/admin/email", "/admin/email/test", new() { ["testRecipient"] = "thu-thu-rieng@example.vn" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var refusal = await refused.Content.ReadAsStringAsync();
        Assert.Contains("máy chủ thư từ chối đăng nhập; kiểm tra tên đăng nhập và mật khẩu", refusal);
        Assert.DoesNotContain("authentication failed", refusal, StringComparison.OrdinalIgnoreCase);

        // An empty password keeps the stored one; the right one makes the test mail go.
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/email", "/admin/email", Form("Hộp thư Máy Riêng", LoopbackSmtpServer.GoodPassword))).StatusCode);
        var sent = await admin.PostFormAsync("/admin/email", "/admin/email/test", new() { ["testRecipient"] = "thu-thu-rieng@example.vn" });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("Máy chủ trả lời:", await admin.GetStringAsync("/admin/email"));
        var mail = Assert.Single(site.Smtp.To("thu-thu-rieng@example.vn"));
        Assert.Equal("Thư thử từ Ban Dân vận Huyện ủy Máy Riêng", mail.Subject);
        Assert.Equal("Hộp thư Máy Riêng", mail.From.Mailboxes.Single().Name);
        Assert.Equal("hop-thu@may-rieng.example.vn", mail.From.Mailboxes.Single().Address);

        var invalid = await admin.PostFormAsync("/admin/email", "/admin/email/test", new() { ["testRecipient"] = "khong-phai-email" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("không hợp lệ", await invalid.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_recipe_sets_smtp_settings_in_orchards_shape_and_its_password_does_not_stay_in_clear()
    {
        await site.CreateAndSetupAsync("CongThuc", "cong-thuc", "Ban Dân vận Huyện ủy Công Thức", "district-board");
        site.AddRecipe("smtp-settings.recipe.json", """
            {
              "name": "smtp-settings", "displayName": "SMTP", "description": "", "author": "", "website": "", "version": "1.0.0",
              "issetuprecipe": false, "categories": [], "tags": [],
              "steps": [
                { "name": "Settings", "SmtpSettings": {
                    "DefaultSender": "bandanvan@cong-thuc.example.vn", "Host": "smtp.cong-thuc.example.vn", "Port": 465,
                    "EncryptionMethod": "SslTls", "RequireCredentials": true, "UserName": "cong-thuc", "Password": "mat-khau-cong-thuc-1" } }
              ]
            }
            """);
        await site.Get<DanVan.Orchard.Tenancy.TenantSetupService>().RunRecipeAsync("CongThuc", "smtp-settings", CancellationToken.None);

        var admin = site.Client("/cong-thuc");
        await admin.LoginAsync("admin", Password);
        var page = await admin.GetStringAsync("/admin/email");

        Assert.Contains("value=\"smtp.cong-thuc.example.vn\"", page);
        Assert.Contains("value=\"465\"", page);
        Assert.Contains("smtp.cong-thuc.example.vn:465 (máy chủ riêng của trang)", page);
        Assert.DoesNotContain("mat-khau-cong-thuc-1", page);
        await site.InTenantAsync("CongThuc", async services =>
        {
            var documents = await services.GetRequiredService<TenantDbContext>().Documents.AsNoTracking().Select(d => d.Data).ToListAsync();
            Assert.DoesNotContain(documents, d => d.Contains("mat-khau-cong-thuc-1", StringComparison.Ordinal));
            var store = services.GetRequiredService<EmailSettingsStore>();
            var settings = await store.GetAsync(CancellationToken.None);
            Assert.Equal(SmtpEncryptionMethod.SslTls, settings.EncryptionMethod);
            Assert.Equal("mat-khau-cong-thuc-1", store.Unprotect(settings));
        });
    }

    private Dictionary<string, string> Form(string senderName, string password) => new()
    {
        ["Host"] = "127.0.0.1",
        ["Port"] = site.Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["EncryptionMethod"] = nameof(SmtpEncryptionMethod.None),
        ["RequireCredentials"] = "true",
        ["UserName"] = LoopbackSmtpServer.UserName,
        ["Password"] = password,
        ["DefaultSender"] = "hop-thu@may-rieng.example.vn",
        ["SenderName"] = senderName,
    };
}
