using System.Net;
using DanVan.Email.Smtp;

namespace DanVan.Web.Tests.Email;

/// <summary>
/// Through the host-wide relay a district sends under the operator's domains only: another sender address becomes
/// Reply-To and the mail goes out under the relay's own address, and the settings page says so.
/// </summary>
public sealed class RelaySenderDomainTests(EmailSiteFixture site) : IClassFixture<EmailSiteFixture>
{
    [Fact]
    public async Task A_sender_outside_the_allowed_domains_becomes_reply_to_and_one_inside_is_the_sender()
    {
        await site.CreateAndSetupAsync("NgoaiMien", "ngoai-mien", "Ban Dân vận Huyện ủy Ngoài Miền", "district-board");
        var admin = site.Client("/ngoai-mien");
        await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/email", "/admin/email", Sender("hop-thu@ngoai-mien.gov.vn"))).StatusCode);
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/email"));
        Assert.Contains("thư trả lời về <hop-thu@ngoai-mien.gov.vn>", page);
        Assert.Contains("chỉ địa chỉ thuộc tên miền example.vn đứng tên người gửi", page);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/email", "/admin/email/test", new() { ["testRecipient"] = "nhan-ngoai-mien@example.vn" })).StatusCode);
        var outside = Assert.Single(await site.ReceivedAsync("nhan-ngoai-mien@example.vn"));
        Assert.Equal(EmailSiteFixture.Sender, outside.From.Mailboxes.Single().Address);
        Assert.Equal("Ban Dân vận Huyện ủy Ngoài Miền", outside.From.Mailboxes.Single().Name);
        Assert.Equal("hop-thu@ngoai-mien.gov.vn", outside.ReplyTo.Mailboxes.Single().Address);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/email", "/admin/email", Sender("ngoai-mien@EXAMPLE.vn"))).StatusCode);
        Assert.DoesNotContain("thư trả lời về", WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/email")));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/email", "/admin/email/test", new() { ["testRecipient"] = "nhan-trong-mien@example.vn" })).StatusCode);
        var inside = Assert.Single(await site.ReceivedAsync("nhan-trong-mien@example.vn"));
        Assert.Equal("ngoai-mien@EXAMPLE.vn", inside.From.Mailboxes.Single().Address, ignoreCase: true);
        Assert.Empty(inside.ReplyTo.Mailboxes);
    }

    [Fact]
    public void The_allowed_domains_are_the_configured_ones_else_the_relay_senders_own()
    {
        var relay = new SmtpHostOptions { DefaultSender = "gui@tinh.example.vn" };
        Assert.True(SmtpEndpointResolver.IsAllowedOnRelay("huyen@TINH.example.vn", relay));
        Assert.False(SmtpEndpointResolver.IsAllowedOnRelay("huyen@con.tinh.example.vn", relay));

        relay.AllowedSenderDomains = ["huyen-a.example.vn", "@huyen-b.example.vn"];
        Assert.True(SmtpEndpointResolver.IsAllowedOnRelay("x@huyen-b.example.vn", relay));
        Assert.False(SmtpEndpointResolver.IsAllowedOnRelay("x@tinh.example.vn", relay));
    }

    private static Dictionary<string, string> Sender(string address) => new()
    {
        ["Host"] = string.Empty,
        ["Port"] = "587",
        ["EncryptionMethod"] = nameof(SmtpEncryptionMethod.StartTls),
        ["DefaultSender"] = address,
    };
}
