using System.Net;
using DanVan.Email.Data;
using DanVan.Email.Smtp;
using DanVan.Orchard.Email;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Email;

/// <summary>
/// A district's own mail server cannot be a way into the host's network: internal addresses and other ports are
/// refused when saved and when used (a recipe writes settings without the form), "Gửi thư thử" names only a category,
/// and it can be posted only a few times in a while.
/// </summary>
public sealed class TenantSmtpGuardTests(GuardedEmailSiteFixture site) : IClassFixture<GuardedEmailSiteFixture>
{
    private const string Password = OrchardWebApplicationFactory.AdminPassword;

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.0.0.5")]
    [InlineData("169.254.169.254")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("localhost")]
    public async Task An_internal_host_is_refused_next_to_the_field_and_nothing_is_saved(string host)
    {
        var admin = await AdminAsync("HoaAn", "/hoa-an");

        var refused = await admin.PostFormAsync("/admin/email", "/admin/email", Form(host, 587));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Matches($"name=\"Host\"[^>]*>\\s*<span class=\"field-error[^>]*>Máy chủ thư “{System.Text.RegularExpressions.Regex.Escape(host)}” có địa chỉ nội bộ", page);
        Assert.Contains("máy chủ chung của hệ thống", await admin.GetStringAsync("/admin/email"));
    }

    [Fact]
    public async Task A_port_outside_the_mail_ports_is_refused_next_to_the_field()
    {
        var admin = await AdminAsync("HoaAn", "/hoa-an");

        var refused = await admin.PostFormAsync("/admin/email", "/admin/email", Form("203.0.113.10", 8080));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());

        // The number input is followed by ASP.NET Core's hidden "__Invariant" input, then its error.
        var field = System.Text.RegularExpressions.Regex.Match(page, "name=\"Port\"[^>]*>(?:<input[^>]*>)?\\s*<span class=\"field-error[^>]*>([^<]*)</span>");
        Assert.True(field.Success, page);
        Assert.StartsWith("Cổng này không được phép cho máy chủ riêng của trang; chỉ dùng được các cổng 25, 465, 587, 2525", field.Groups[1].Value);
    }

    [Fact]
    public async Task An_internal_server_written_by_a_recipe_is_refused_when_used_by_the_test_mail_and_by_the_outbox()
    {
        await site.CreateAndSetupAsync("NoiBo", "noi-bo", "Ban Dân vận Huyện ủy Nội Bộ", "district-board");
        await site.InTenantAsync("NoiBo", services => services.GetRequiredService<EmailSettingsStore>().SaveAsync(new TenantSmtpSettings
        {
            // The loopback server really listens there, signs in and accepts mail: only the guard stands in the way.
            Host = "localhost", Port = site.Smtp.Port, EncryptionMethod = SmtpEncryptionMethod.None, DefaultSender = "noi-bo@example.vn",
        }, CancellationToken.None));
        var admin = await AdminAsync("NoiBo", "/noi-bo");

        var refused = await admin.PostFormAsync("/admin/email", "/admin/email/test", new() { ["testRecipient"] = "thu-noi-bo@example.vn" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Không gửi được thư thử: Máy chủ thư “localhost” có địa chỉ nội bộ", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));

        await site.InTenantAsync("NoiBo", services =>
            services.GetRequiredService<IEmailSender>().SendAsync(new EmailMessage("thu-noi-bo@example.vn", "Thư nội bộ", "Không được đi."), CancellationToken.None));
        var row = await Eventually.ReturnsAsync(
            async () =>
            {
                site.Deliver();
                return (await site.OutboxAsync("NoiBo", "thu-noi-bo@example.vn")).Single();
            },
            r => r.Attempts == 1);
        Assert.Equal(OutboxStatus.Pending, row.Status);
        Assert.Contains("có địa chỉ nội bộ", row.LastError);
        Assert.Empty(site.Smtp.To("thu-noi-bo@example.vn"));
    }

    [Fact]
    public async Task The_test_mail_is_limited_per_tenant_and_the_limit_answers_429_in_vietnamese()
    {
        await site.CreateAndSetupAsync("GioiHan", "gioi-han", "Ban Dân vận Huyện ủy Giới Hạn", "district-board");
        var admin = await AdminAsync("GioiHan", "/gioi-han");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostFormAsync("/admin/email", "/admin/email/test", new() { ["testRecipient"] = "khong-phai-email" })).StatusCode);
        }

        var limited = await admin.PostFormAsync("/admin/email", "/admin/email/test", new() { ["testRecipient"] = "khong-phai-email" });

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("quá nhiều lần", await limited.Content.ReadAsStringAsync());
        var other = await AdminAsync("HoaAn", "/hoa-an");
        Assert.Equal(HttpStatusCode.BadRequest, (await other.PostFormAsync("/admin/email", "/admin/email/test", new() { ["testRecipient"] = "khong-phai-email" })).StatusCode);
    }

    private async Task<TenantClient> AdminAsync(string tenant, string prefix)
    {
        var admin = site.Client(prefix);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("admin", Password)).StatusCode);
        return admin;
    }

    private static Dictionary<string, string> Form(string host, int port) => new()
    {
        ["Host"] = host,
        ["Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["EncryptionMethod"] = nameof(SmtpEncryptionMethod.StartTls),
        ["DefaultSender"] = "hop-thu@hoa-an.example.vn",
    };
}
