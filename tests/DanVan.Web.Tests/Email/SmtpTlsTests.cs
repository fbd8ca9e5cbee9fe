using System.Net;
using DanVan.Email.Data;
using DanVan.Email.Smtp;
using DanVan.Orchard.Email;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Email;

/// <summary>
/// TLS to a real server with a self-signed certificate: STARTTLS and SSL-on-connect deliver when the operator trusts
/// its thumbprint; an untrusted certificate fails with a clear error in "Hộp thư đi", and nothing goes in clear.
/// </summary>
public sealed class SmtpTlsTests(EmailSiteFixture site) : IClassFixture<EmailSiteFixture>
{
    [Fact]
    public async Task Starttls_and_ssl_on_connect_deliver_to_a_trusted_certificate_and_an_untrusted_one_fails_visibly()
    {
        await site.CreateAndSetupAsync("BaoMat", "bao-mat", "Ban Dân vận Huyện ủy Bảo Mật", "district-board");

        await UseServerAsync(site.StartTlsSmtp, SmtpEncryptionMethod.StartTls);
        await SendAsync("qua-starttls@example.vn");
        Assert.Single(await site.ReceivedAsync("qua-starttls@example.vn", server: site.StartTlsSmtp));

        await UseServerAsync(site.SslSmtp, SmtpEncryptionMethod.SslTls);
        await SendAsync("qua-ssl@example.vn");
        Assert.Single(await site.ReceivedAsync("qua-ssl@example.vn", server: site.SslSmtp));

        await UseServerAsync(site.UntrustedSmtp, SmtpEncryptionMethod.StartTls);
        await SendAsync("chung-chi-la@example.vn");
        var row = await Eventually.ReturnsAsync(
            async () =>
            {
                site.Deliver();
                return (await site.OutboxAsync("BaoMat", "chung-chi-la@example.vn")).Single();
            },
            r => r.Attempts == 1);
        Assert.Equal(OutboxStatus.Pending, row.Status);
        Assert.Contains("chứng chỉ của máy chủ thư không được tin cậy", row.LastError);
        Assert.Contains("CN=smtp.khong-tin-cay.test", row.LastError);
        Assert.Empty(site.UntrustedSmtp.To("chung-chi-la@example.vn"));

        var admin = site.Client("/bao-mat");
        await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);
        Assert.Contains("chứng chỉ của máy chủ thư không được tin cậy", WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/email/outbox")));
    }

    [Fact]
    public async Task The_test_mail_names_only_the_category_of_a_tls_failure_or_a_refused_connection()
    {
        await site.CreateAndSetupAsync("LoaiLoi", "loai-loi", "Ban Dân vận Huyện ủy Loại Lỗi", "district-board");
        var admin = site.Client("/loai-loi");
        await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);

        await UseServerAsync(site.UntrustedSmtp.Port, SmtpEncryptionMethod.StartTls, "LoaiLoi");
        var tls = await admin.PostFormAsync("/admin/email", "/admin/email/test", new() { ["testRecipient"] = "loai-loi@example.vn" });
        Assert.Equal(HttpStatusCode.BadRequest, tls.StatusCode);
        var tlsPage = WebUtility.HtmlDecode(await tls.Content.ReadAsStringAsync());
        Assert.Contains("Không gửi được thư thử: không thiết lập được kết nối bảo mật (TLS)", tlsPage);
        Assert.DoesNotContain("khong-tin-cay", tlsPage);

        await UseServerAsync(site.ClosedPort, SmtpEncryptionMethod.None, "LoaiLoi");
        var closed = await admin.PostFormAsync("/admin/email", "/admin/email/test", new() { ["testRecipient"] = "loai-loi@example.vn" });
        Assert.Equal(HttpStatusCode.BadRequest, closed.StatusCode);
        var closedPage = WebUtility.HtmlDecode(await closed.Content.ReadAsStringAsync());
        Assert.Contains("Không gửi được thư thử: không kết nối được tới máy chủ thư", closedPage);
        Assert.DoesNotContain("refused", closedPage, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(site.UntrustedSmtp.To("loai-loi@example.vn"));
    }

    private Task UseServerAsync(LoopbackSmtpServer server, SmtpEncryptionMethod encryption) => UseServerAsync(server.Port, encryption, "BaoMat");

    private Task UseServerAsync(int port, SmtpEncryptionMethod encryption, string tenant) => site.InTenantAsync(tenant, services =>
    {
        var store = services.GetRequiredService<EmailSettingsStore>();
        return store.SaveAsync(new TenantSmtpSettings
        {
            Host = "127.0.0.1",
            Port = port,
            EncryptionMethod = encryption,
            RequireCredentials = true,
            UserName = LoopbackSmtpServer.UserName,
            ProtectedPassword = store.Protect(LoopbackSmtpServer.GoodPassword),
            DefaultSender = "bao-mat@example.vn",
        }, CancellationToken.None);
    });

    private Task SendAsync(string to) => site.InTenantAsync("BaoMat", services =>
        services.GetRequiredService<IEmailSender>().SendAsync(new EmailMessage(to, "Thư qua TLS", "Nội dung được mã hóa trên đường đi."), CancellationToken.None));
}
