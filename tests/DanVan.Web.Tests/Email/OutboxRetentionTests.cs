using System.Net;
using DanVan.Email.Controllers;
using DanVan.Email.Data;
using DanVan.Email.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Email;

/// <summary>Sent mail is deleted after the retention in small batches, failed and waiting mail never; the list does not page without end.</summary>
public sealed class OutboxRetentionTests(EmailSiteFixture site) : IClassFixture<EmailSiteFixture>
{
    [Fact]
    public async Task Sent_mail_older_than_the_retention_is_pruned_in_batches_and_failed_mail_is_kept()
    {
        await site.CreateAndSetupAsync("LuuTru", "luu-tru", "Ban Dân vận Huyện ủy Lưu Trữ", "district-board");

        // The background sender looks at a new tenant once; after that (nothing due) it leaves it to this test's turns.
        await Eventually.ReturnsAsync(() => Task.FromResult(site.Get<OutboxHealth>().Get("LuuTru")), health => health is not null);
        var now = site.Clock.GetUtcNow().UtcDateTime;
        await site.InTenantAsync("LuuTru", async services =>
        {
            var db = services.GetRequiredService<EmailDbContext>();
            db.Outbox.AddRange(
                Row("cu-1", OutboxStatus.Sent, now.AddDays(-40), sent: now.AddDays(-31)),
                Row("cu-2", OutboxStatus.Sent, now.AddDays(-35), sent: now.AddDays(-31)),
                Row("cu-3", OutboxStatus.Sent, now.AddDays(-32), sent: now.AddDays(-31)),
                Row("moi", OutboxStatus.Sent, now.AddDays(-31), sent: now.AddDays(-29)),
                Row("hong", OutboxStatus.Failed, now.AddDays(-60), sent: null));
            await db.SaveChangesAsync();
        });

        // Two a turn (the fixture's PruneBatchSize): a full batch has the tenant looked at again at once.
        DateTime? next = null;
        await site.InTenantAsync("LuuTru", async services => next = await services.GetRequiredService<OutboxTenantWorker>().RunAsync(CancellationToken.None));
        Assert.True(next <= site.Clock.GetUtcNow().UtcDateTime);
        await site.InTenantAsync("LuuTru", services => services.GetRequiredService<OutboxTenantWorker>().RunAsync(CancellationToken.None));

        List<string> left = [];
        await site.InTenantAsync("LuuTru", async services =>
            left = await services.GetRequiredService<EmailDbContext>().Outbox.AsNoTracking().Where(m => m.To.EndsWith("@luu-tru.example.vn")).Select(m => m.To).ToListAsync());
        Assert.Equal(["hong@luu-tru.example.vn", "moi@luu-tru.example.vn"], left.Order());
    }

    [Fact]
    public async Task A_page_beyond_the_deepest_listed_gets_a_clear_400_without_reading_the_outbox()
    {
        var admin = site.Client("/hoa-an");
        await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);

        var deep = await admin.GetAsync("/admin/email/outbox?status=sent&page=100000000");

        Assert.Equal(HttpStatusCode.BadRequest, deep.StatusCode);
        Assert.Contains($"Chỉ xem được {OutboxController.MaxPage} trang đầu", WebUtility.HtmlDecode(await deep.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/admin/email/outbox?status=sent&page={OutboxController.MaxPage}")).StatusCode);
    }

    private static OutboxMessage Row(string name, OutboxStatus status, DateTime created, DateTime? sent) => new()
    {
        Id = Guid.CreateVersion7().ToString("N"),
        MessageId = $"{name}-{Guid.NewGuid():N}@luu-tru.example.vn",
        To = $"{name}@luu-tru.example.vn",
        Subject = name,
        TextBody = name,
        Status = status,
        CreatedUtc = created,
        NextAttemptUtc = created,
        SentUtc = sent,
        Attempts = 1,
    };
}
