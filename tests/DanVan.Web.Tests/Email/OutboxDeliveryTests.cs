using System.Net;
using System.Text.RegularExpressions;
using DanVan.Email.Data;
using Microsoft.AspNetCore.WebUtilities;
using MimeKit;

namespace DanVan.Web.Tests.Email;

/// <summary>Mail goes through the outbox to a real SMTP server on loopback, and what arrives works.</summary>
public sealed partial class OutboxDeliveryTests(EmailSiteFixture site) : IClassFixture<EmailSiteFixture>
{
    private const string Password = OrchardWebApplicationFactory.AdminPassword;

    [Fact]
    public async Task A_csv_import_sends_one_invitation_per_district_whose_link_sets_the_password_and_signs_in()
    {
        var admin = site.Client(string.Empty);
        await admin.LoginAsync("admin", Password);
        var start = await admin.PostFormAsync("/admin/tenants/import", "/admin/tenants/import/start", new()
        {
            ["csv"] = "name,display_name,prefix_or_host,admin_email,recipe\n" +
                      "MoiMot,Ban Dân vận Huyện ủy Mời Một,moi-mot,admin@moi-mot.example.vn,district-board\n" +
                      "MoiHai,Ban Dân vận Huyện ủy Mời Hai,moi-hai,admin@moi-hai.example.vn,district-board\n",
        });
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);

        foreach (var (prefix, email, name) in new[]
                 {
                     ("/moi-mot", "admin@moi-mot.example.vn", "Ban Dân vận Huyện ủy Mời Một"),
                     ("/moi-hai", "admin@moi-hai.example.vn", "Ban Dân vận Huyện ủy Mời Hai"),
                 })
        {
            var mail = Assert.Single(await site.ReceivedAsync(email));
            Assert.Equal($"Mời quản trị trang {name}", mail.Subject);
            Assert.Equal(name, mail.From.Mailboxes.Single().Name);
            Assert.Equal(EmailSiteFixture.Sender, mail.From.Mailboxes.Single().Address);
            Assert.Contains("href=\"http://localhost" + prefix + "/account/reset-password?", mail.HtmlBody);

            var client = site.Client(prefix);
            var (page, fields) = ResetForm(mail, client.Prefix, "mat-khau-moi-2026");
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(page, "/account/reset-password", fields)).StatusCode);
            var login = await client.LoginAsync("admin", "mat-khau-moi-2026");
            Assert.Equal($"{prefix}/admin", TenantClient.Location(login));
        }

        // Exactly one each, however often the sender looks again.
        site.Deliver(TimeSpan.FromHours(1));
        Assert.Single(site.Smtp.To("admin@moi-mot.example.vn"));
        Assert.Single(site.Smtp.To("admin@moi-hai.example.vn"));
    }

    [Fact]
    public async Task A_forgotten_password_mail_arrives_with_a_readable_vietnamese_subject_and_its_link_works_once()
    {
        await site.CreateUserAsync("HoaAn", "quen-qua-smtp", "Author");
        var client = site.Client("/hoa-an");

        var asked = await client.PostFormAsync("/account/forgot-password", "/account/forgot-password", new() { ["Email"] = "quen-qua-smtp@example.vn" });

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var mail = Assert.Single(await site.ReceivedAsync("quen-qua-smtp@example.vn"));

        // Decoded by MimeKit from the RFC 2047 header the server received.
        Assert.Equal("Đặt lại mật khẩu – Ban Dân vận Huyện ủy Hòa An", mail.Subject);
        var raw = System.Text.Encoding.ASCII.GetString(mail.Headers.First(h => h.Id == HeaderId.Subject).RawValue).Trim();
        Assert.StartsWith("=?utf-8?", raw, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Chào quen-qua-smtp,", mail.TextBody ?? string.Empty);
        // The server has the mail a moment before the sender records it as sent.
        var stored = Assert.Single(await Eventually.ReturnsAsync(
            () => site.OutboxAsync("HoaAn", "quen-qua-smtp@example.vn"),
            rows => rows.Count != 1 || rows[0].Status == OutboxStatus.Sent));
        Assert.Equal(stored.MessageId, mail.MessageId);
        Assert.Equal(OutboxStatus.Sent, stored.Status);

        var (page, fields) = ResetForm(mail, client.Prefix, "mat-khau-tu-thu-1");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(page, "/account/reset-password", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostFormAsync(page, "/account/reset-password", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync("quen-qua-smtp", "mat-khau-tu-thu-1")).StatusCode);
    }

    [Fact]
    public async Task With_the_server_stopped_mail_waits_and_once_it_is_back_each_message_arrives_exactly_once()
    {
        await site.CreateUserAsync("HoaAn", "cho-may-chu-1", "Author");
        await site.CreateUserAsync("HoaAn", "cho-may-chu-2", "Author");
        var client = site.Client("/hoa-an");
        await site.Smtp.StopAsync();
        try
        {
            foreach (var user in new[] { "cho-may-chu-1", "cho-may-chu-2" })
            {
                await client.PostFormAsync("/account/forgot-password", "/account/forgot-password", new() { ["Email"] = $"{user}@example.vn" });
            }

            // Both tried, refused, kept for the next attempt a minute later.
            var tried = await Eventually.ReturnsAsync(
                async () =>
                {
                    site.Deliver(TimeSpan.Zero);
                    return (await site.OutboxAsync("HoaAn", "cho-may-chu-1@example.vn")).Concat(await site.OutboxAsync("HoaAn", "cho-may-chu-2@example.vn")).ToList();
                },
                rows => rows.Count == 2 && rows.All(r => r.Attempts == 1));
            Assert.All(tried, r => Assert.Equal(OutboxStatus.Pending, r.Status));
            Assert.All(tried, r => Assert.False(string.IsNullOrEmpty(r.LastError)));
            Assert.Empty(site.Smtp.To("cho-may-chu-1@example.vn"));
        }
        finally
        {
            site.Smtp.Start();
        }

        Assert.Single(await site.ReceivedAsync("cho-may-chu-1@example.vn", advance: TimeSpan.FromSeconds(30)));
        Assert.Single(await site.ReceivedAsync("cho-may-chu-2@example.vn", advance: TimeSpan.FromSeconds(30)));
        site.Deliver(TimeSpan.FromHours(7));
        await Eventually.ReturnsAsync(
            async () => (await site.OutboxAsync("HoaAn", "cho-may-chu-2@example.vn")).Single().Status,
            status => status == OutboxStatus.Sent);
        Assert.Single(site.Smtp.To("cho-may-chu-1@example.vn"));
        Assert.Single(site.Smtp.To("cho-may-chu-2@example.vn"));
    }

    [Fact]
    public async Task A_refused_sign_in_is_retried_then_failed_shown_in_the_outbox_and_on_the_portal_and_resent_once_fixed()
    {
        await site.CreateUserAsync("HoaAn", "sai-dang-nhap", "Author");
        var client = site.Client("/hoa-an");
        site.Smtp.AcceptedPassword = "mat-khau-khac";
        OutboxMessage failed;
        try
        {
            await client.PostFormAsync("/account/forgot-password", "/account/forgot-password", new() { ["Email"] = "sai-dang-nhap@example.vn" });

            // Every back-off passed at once: 1 + 5 retries, then failed for good.
            failed = await Eventually.ReturnsAsync(
                async () =>
                {
                    site.Deliver(TimeSpan.FromHours(7));
                    return (await site.OutboxAsync("HoaAn", "sai-dang-nhap@example.vn")).Single();
                },
                row => row.Status == OutboxStatus.Failed,
                TimeSpan.FromSeconds(30));
        }
        finally
        {
            site.Smtp.AcceptedPassword = LoopbackSmtpServer.GoodPassword;
        }

        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.Equal(6, failed.Attempts);
        Assert.Contains("535", failed.LastError);
        Assert.Empty(site.Smtp.To("sai-dang-nhap@example.vn"));

        await client.LoginAsync("admin", Password);
        var outbox = await client.GetStringAsync("/admin/email/outbox?status=failed");
        Assert.Contains("sai-dang-nhap@example.vn", outbox);
        Assert.Contains("535", outbox);
        Assert.Contains("Gửi lại", outbox);

        var portal = site.Client(string.Empty);
        await portal.LoginAsync("admin", Password);
        var dashboard = await portal.GetStringAsync("/admin/tenants/dashboard");
        Assert.Contains("Ban Dân vận Huyện ủy Hòa An</strong>: 1 thư gửi không được", WebUtility.HtmlDecode(dashboard));

        var resend = await client.PostFormAsync("/admin/email/outbox?status=failed", $"/admin/email/outbox/{failed.Id}/retry", []);
        Assert.Equal(HttpStatusCode.Redirect, resend.StatusCode);
        Assert.Single(await site.ReceivedAsync("sai-dang-nhap@example.vn"));
        site.Deliver(TimeSpan.FromHours(7));
        Assert.Equal(OutboxStatus.Sent, (await Eventually.ReturnsAsync(
            async () => (await site.OutboxAsync("HoaAn", "sai-dang-nhap@example.vn")).Single(), r => r.Status == OutboxStatus.Sent)).Status);
        Assert.Single(site.Smtp.To("sai-dang-nhap@example.vn"));
    }

    private static (string Page, Dictionary<string, string> Fields) ResetForm(MimeMessage mail, string prefix, string password)
    {
        var link = new Uri(LinkPattern().Match(mail.TextBody ?? string.Empty).Value);
        var query = QueryHelpers.ParseQuery(link.Query);
        return (link.PathAndQuery[prefix.Length..], new Dictionary<string, string>
        {
            ["UserId"] = query["userId"]!, ["Code"] = query["code"]!, ["Password"] = password, ["ConfirmPassword"] = password,
        });
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
