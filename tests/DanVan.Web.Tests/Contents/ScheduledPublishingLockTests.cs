using System.Net;
using DanVan.Contents.Scheduling;
using DanVan.Orchard.Locking;

namespace DanVan.Web.Tests.Contents;

/// <summary>
/// One node at a time serves a tenant's schedule: while the lock is held elsewhere (another node's turn; with Redis the
/// lock is the cluster's) this node's publisher leaves the due item alone, and takes it up shortly after the lock is let go.
/// </summary>
public sealed class ScheduledPublishingLockTests
{
    [Fact]
    public async Task A_due_item_is_left_to_the_node_holding_the_tenants_schedule_then_published_once()
    {
        using var site = new ScheduledPublishingSite();
        await site.InitializeAsync();
        var admin = await site.SignedInAsync();
        var id = ContentAdminForms.IdFrom(await ContentAdminForms.CreateArticleAsync(admin, "Bài hẹn giờ giữa hai máy chủ", "draft"));
        var path = await site.PublicPathAsync(id);
        var (date, time, _) = site.LocalIn(TimeSpan.FromHours(1));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/contents/{id}/schedule", $"/admin/contents/{id}/schedule", new()
        {
            ["Stamp"] = await ContentAdminForms.ScheduleStampAsync(admin, id),
            ["PublishDate"] = date,
            ["PublishTime"] = time,
        })).StatusCode);

        var reader = site.Client("/hoa-an");
        var held = await site.Get<IDistributedLock>().TryAcquireAsync(ScheduledPublisher.LockKey("HoaAn"), TimeSpan.Zero, CancellationToken.None);
        Assert.NotNull(held);
        await using (held)
        {
            site.Clock.Advance(TimeSpan.FromHours(2));
            await site.PublisherTurnAsync();
            Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(path)).StatusCode);
        }

        site.Clock.Advance(ScheduledPublisher.HeldElsewhereRetry);
        var page = await Eventually.ReturnsAsync(
            async () =>
            {
                await site.PublisherTurnAsync();
                return await reader.GetAsync(path);
            },
            r => r.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
