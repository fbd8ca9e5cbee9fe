using DanVan.Email.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Email;

/// <summary>With no mail server configured (as under ./run.sh without the mail drop) nothing is lost and the admin says mail waits.</summary>
public sealed class OutboxWithoutServerTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    [Fact]
    public async Task Mail_waits_untouched_and_the_outbox_page_says_so()
    {
        await site.CreateUserAsync("TraLinh", "cho-cau-hinh", "Author");
        var client = site.Client("/tra-linh");

        await client.PostFormAsync("/account/forgot-password", "/account/forgot-password", new() { ["Email"] = "cho-cau-hinh@example.vn" });

        await client.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);
        var outbox = await client.GetStringAsync("/admin/email/outbox");
        Assert.Contains("Chưa cấu hình máy chủ thư", outbox);
        Assert.Contains("cho-cau-hinh@example.vn", outbox);
        Assert.Contains("Chưa cấu hình máy chủ thư", await client.GetStringAsync("/admin/email"));
        await site.InTenantAsync("TraLinh", async services =>
        {
            var row = await services.GetRequiredService<EmailDbContext>().Outbox.AsNoTracking().SingleAsync(m => m.To == "cho-cau-hinh@example.vn");
            Assert.Equal(OutboxStatus.Pending, row.Status);
            Assert.Equal(0, row.Attempts);
            Assert.Contains("/tra-linh/account/reset-password?", row.TextBody);
        });
    }
}
