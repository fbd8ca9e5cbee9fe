using System.Collections.Concurrent;
using System.Net;
using DanVan.Contents.Scheduling;
using DanVan.Orchard.Locking;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Contents;

/// <summary>
/// The scheduled publisher takes a tenant's schedule lock (a round trip to Redis with several nodes) only when something
/// is due: the scan that looks at every running tenant costs a tenant with nothing due one read, no lock.
/// </summary>
public sealed class ScheduledPublishingLockOnlyWhenDueTests
{
    [Fact]
    public async Task A_tenant_with_nothing_due_is_looked_at_without_taking_its_lock_and_one_with_a_due_item_takes_it_to_publish()
    {
        using var site = new LockCountingSite();
        await site.InitializeAsync();
        var admin = await site.SignedInAsync();
        var id = ContentAdminForms.IdFrom(await ContentAdminForms.CreateArticleAsync(admin, "Bài hẹn giờ chưa tới lúc", "draft"));
        var (date, time, _) = site.LocalIn(TimeSpan.FromHours(1));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/contents/{id}/schedule", $"/admin/contents/{id}/schedule", new()
        {
            ["Stamp"] = await ContentAdminForms.ScheduleStampAsync(admin, id),
            ["PublishDate"] = date,
            ["PublishTime"] = time,
        })).StatusCode);

        // A scan: every running tenant's schedule is read (the portal: none; HoaAn: one, not yet due).
        site.Locks.Taken.Clear();
        site.Clock.Advance(new PublishScheduleOptions().ScanInterval);
        await site.PublisherTurnAsync();
        await site.PublisherTurnAsync();
        Assert.DoesNotContain(site.Locks.Taken.Keys, k => k.StartsWith("publish-schedule:", StringComparison.Ordinal));

        site.Clock.Advance(TimeSpan.FromHours(2));
        var path = await site.PublicPathAsync(id);
        var page = await Eventually.ReturnsAsync(
            async () =>
            {
                await site.PublisherTurnAsync();
                return await site.Client("/hoa-an").GetAsync(path);
            },
            r => r.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(site.Locks.Taken.GetValueOrDefault(ScheduledPublisher.LockKey("HoaAn")) >= 1);
        Assert.Equal(0, site.Locks.Taken.GetValueOrDefault(ScheduledPublisher.LockKey("Default")));
    }

    private sealed class LockCountingSite : ScheduledPublishingSite
    {
        public CountingLock Locks { get; private set; } = null!;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                var inner = services.Last(d => d.ServiceType == typeof(IDistributedLock));
                services.AddSingleton<IDistributedLock>(sp => Locks = new CountingLock((IDistributedLock)(
                    inner.ImplementationInstance ?? inner.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, inner.ImplementationType!))));
            });
        }
    }

    /// <summary>Counts the locks taken, by key.</summary>
    private sealed class CountingLock(IDistributedLock inner) : IDistributedLock
    {
        public ConcurrentDictionary<string, int> Taken { get; } = new(StringComparer.Ordinal);

        public async Task<IAsyncDisposable?> TryAcquireAsync(string key, TimeSpan wait, CancellationToken cancellationToken)
        {
            var held = await inner.TryAcquireAsync(key, wait, cancellationToken);
            if (held is not null)
            {
                Taken.AddOrUpdate(key, 1, (_, n) => n + 1);
            }

            return held;
        }
    }
}
