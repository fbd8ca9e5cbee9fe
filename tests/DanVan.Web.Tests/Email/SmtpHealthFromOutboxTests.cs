using System.Net;
using System.Text.Json;
using DanVan.Email.Data;
using DanVan.Orchard.Email;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Email;

/// <summary>The health check's word on the host-wide mail server comes from the outbox's last hand-over to it when that is recent.</summary>
public sealed class SmtpHealthFromOutboxTests(EmailSiteFixture site) : IClassFixture<EmailSiteFixture>
{
    [Fact]
    public async Task After_a_delivery_ready_says_the_mail_server_is_healthy_without_connecting_to_it()
    {
        await site.InTenantAsync("HoaAn", services => services.GetRequiredService<IEmailOutbox>()
            .EnqueueAsync(new EmailMessage("suc-khoe@example.vn", "Kiểm tra máy chủ thư", "Thư thử."), null, CancellationToken.None));
        Assert.Single(await site.ReceivedAsync("suc-khoe@example.vn"));

        // The server has the mail a moment before the outbox marks it sent and notes the server reached.
        var rows = await Eventually.ReturnsAsync(() => site.OutboxAsync("HoaAn", "suc-khoe@example.vn"), r => r.All(m => m.Status == OutboxStatus.Sent), TimeSpan.FromSeconds(10));
        Assert.Equal(OutboxStatus.Sent, Assert.Single(rows).Status);
        var sessions = site.Smtp.Sessions;

        var ready = await DanVan.Web.Tests.ScaleOut.NodeOperatorClient.Create(site).GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var json = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("smtp").GetString());
        Assert.Equal(sessions, site.Smtp.Sessions);
    }
}
