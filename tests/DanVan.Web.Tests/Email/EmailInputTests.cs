using Microsoft.EntityFrameworkCore.Storage;
using DanVan.Email.Outbox;
using DanVan.Orchard.Email;
using DanVan.Users.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Email;

/// <summary>What goes into the outbox: refused whole when bad, stored with the caller's transaction, taken by one sender only.</summary>
public sealed class EmailInputTests(EmailSiteFixture site) : IClassFixture<EmailSiteFixture>
{
    public static TheoryData<string, string, string, string> BadMessages => new()
    {
        { "nguoi-nhan@example.vn\r\nBcc: ai-do@evil.example", "Tiêu đề", "nội dung", "Địa chỉ người nhận" },
        { "khong-phai-email", "Tiêu đề", "nội dung", "Địa chỉ người nhận" },
        { "Ai Do <ai-do@example.vn>", "Tiêu đề", "nội dung", "Địa chỉ người nhận" },
        { "tieu-de-xuong-dong@example.vn", "Tiêu đề\r\nBcc: ai-do@evil.example", "nội dung", "Tiêu đề thư" },
        { "noi-dung-qua-lon@example.vn", "Tiêu đề", new string('x', 300 * 1024), "Nội dung thư quá lớn" },
    };

    [Theory]
    [MemberData(nameof(BadMessages))]
    public async Task Bad_input_is_refused_with_a_clear_error_and_nothing_is_stored_or_sent(string to, string subject, string body, string error)
    {
        var refused = await Assert.ThrowsAsync<EmailMessageException>(() => site.InTenantAsync("HoaAn", services =>
            services.GetRequiredService<IEmailSender>().SendAsync(new EmailMessage(to, subject, body), CancellationToken.None)));

        Assert.StartsWith(error, refused.Message);
        site.Deliver();
        var address = to.Split('\r')[0];
        Assert.Empty(await site.OutboxAsync("HoaAn", address));
        Assert.Empty(site.Smtp.To(address));
    }

    [Fact]
    public async Task A_message_queued_in_a_transaction_is_stored_with_it_or_not_at_all()
    {
        await site.InTenantAsync("HoaAn", async services =>
        {
            var db = services.GetRequiredService<UsersDbContext>();
            var users = services.GetRequiredService<UserManager<IdentityUser>>();
            var email = services.GetRequiredService<IEmailSender>();

            await using (var rolledBack = await db.Database.BeginTransactionAsync())
            {
                Assert.True((await users.CreateAsync(new IdentityUser("huy-bo") { Email = "huy-bo@example.vn" })).Succeeded);
                await email.SendAsync(new EmailMessage("huy-bo@example.vn", "Thư bị hủy", "Không bao giờ đi."), rolledBack.GetDbTransaction(), CancellationToken.None);
                await rolledBack.RollbackAsync();
            }

            db.ChangeTracker.Clear();
            await using var committed = await db.Database.BeginTransactionAsync();
            Assert.True((await users.CreateAsync(new IdentityUser("giu-lai") { Email = "giu-lai@example.vn" })).Succeeded);
            await email.SendAsync(new EmailMessage("giu-lai@example.vn", "Thư được giữ", "Đi cùng tài khoản."), committed.GetDbTransaction(), CancellationToken.None);
            await committed.CommitAsync();
        });

        Assert.Empty(await site.OutboxAsync("HoaAn", "huy-bo@example.vn"));
        await site.InTenantAsync("HoaAn", async services =>
            Assert.Null(await services.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync("huy-bo")));
        Assert.Single(await site.ReceivedAsync("giu-lai@example.vn"));
        Assert.Empty(site.Smtp.To("huy-bo@example.vn"));
    }

    [Fact]
    public async Task Several_senders_at_once_deliver_each_message_exactly_once()
    {
        var recipients = Enumerable.Range(1, 40).Select(i => $"song-song-{i}@example.vn").ToList();
        await site.InTenantAsync("HoaAn", async services =>
        {
            var db = services.GetRequiredService<UsersDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            foreach (var to in recipients)
            {
                await services.GetRequiredService<IEmailSender>().SendAsync(new EmailMessage(to, "Thư song song", "Một lần thôi."), transaction.GetDbTransaction(), CancellationToken.None);
            }

            await transaction.CommitAsync();
        });

        // Three senders besides the background one, as three nodes would, on the same outbox at the same moment.
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => site.InTenantAsync("HoaAn", async services =>
        {
            for (var turn = 0; turn < 5; turn++)
            {
                await services.GetRequiredService<OutboxTenantWorker>().RunAsync(CancellationToken.None);
            }
        }))));

        foreach (var to in recipients)
        {
            Assert.Single(await site.ReceivedAsync(to));
        }

        site.Deliver(TimeSpan.FromHours(7));
        Assert.All(recipients, to => Assert.Single(site.Smtp.To(to)));
    }
}
