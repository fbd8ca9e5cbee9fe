using System.Net;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Locking;
using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace DanVan.Web.Tests.ScaleOut;

/// <summary>
/// Two nodes sharing the tenant store, the databases and Redis: what one does reaches the other within a second
/// through Redis (the store is not polled meanwhile), a sign-in is valid on both, and setups and migrations of one
/// tenant never run on both at once.
/// </summary>
public sealed class TwoNodesTests(TwoNodesFixture nodes) : IClassFixture<TwoNodesFixture>
{
    private static readonly TimeSpan WithinASecond = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_tenant_set_up_on_one_node_is_served_by_the_other_disabled_there_refused_here_and_removed_from_both_within_a_second()
    {
        var onA = TwoNodesFixture.Client(nodes.A, "/lan-truyen");
        var onB = TwoNodesFixture.Client(nodes.B, "/lan-truyen");
        Assert.Equal(HttpStatusCode.NotFound, (await onB.GetAsync("/")).StatusCode);

        await nodes.A.CreateAndSetupAsync("LanTruyen", "lan-truyen", "Ban Dân vận thử lan truyền", "district-board");
        var served = await Eventually.ReturnsAsync(() => onB.GetAsync("/"), r => r.StatusCode == HttpStatusCode.OK, WithinASecond);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);

        await nodes.B.Services.GetRequiredService<ITenantManager>().DisableAsync("LanTruyen", CancellationToken.None);
        var refused = await Eventually.ReturnsAsync(() => onA.GetAsync("/"), r => r.StatusCode == HttpStatusCode.ServiceUnavailable, WithinASecond);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);

        await nodes.A.Services.GetRequiredService<ITenantManager>().RemoveAsync("LanTruyen", CancellationToken.None);
        var gone = await Eventually.ReturnsAsync(() => onB.GetAsync("/"), r => r.StatusCode == HttpStatusCode.NotFound, WithinASecond);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Null(nodes.B.Services.GetRequiredService<ITenantRegistry>().Find("LanTruyen"));
    }

    [Fact]
    public async Task A_sign_in_on_one_node_is_valid_on_the_other_for_that_tenant_and_for_no_other()
    {
        var browser = new CookieContainer();
        var onA = TwoNodesFixture.Client(nodes.A, "/hoa-an", browser);
        var signedIn = await onA.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onA.GetAsync("/admin")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await TwoNodesFixture.Client(nodes.B, "/hoa-an", browser).GetAsync("/admin")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await TwoNodesFixture.Client(nodes.B, "", browser).GetAsync("/admin")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await TwoNodesFixture.Client(nodes.A, "", browser).GetAsync("/admin")).StatusCode);

        // The key that protects the cookie is the one both nodes read from Redis, not each node's own.
        await using var redis = await ConnectionMultiplexer.ConnectAsync(nodes.Redis.Configuration);
        Assert.True(await redis.GetDatabase().ListLengthAsync(nodes.KeyPrefix + "data-protection-keys") >= 1);
    }

    [Fact]
    public async Task A_publish_on_one_node_drops_the_other_nodes_cached_page_within_a_second()
    {
        var onB = TwoNodesFixture.Client(nodes.B, "/hoa-an");
        const string link = "/hoa-an/" + ProvisionedSiteFixture.SampleArticlePath;
        await onB.GetAsync("/");
        var cached = await onB.GetAsync("/");
        Assert.NotNull(cached.Headers.ETag);
        Assert.Contains(link, await cached.Content.ReadAsStringAsync());

        await nodes.A.InTenantAsync("HoaAn", async services =>
        {
            var contents = services.GetRequiredService<IContentManager>();
            var article = await contents.GetPublishedByPathAsync(ProvisionedSiteFixture.SampleArticlePath, CancellationToken.None);
            await contents.UnpublishAsync(article!.ContentItemId, new ContentActor(null, "test"), CancellationToken.None);
        });

        var page = await Eventually.ReturnsAsync(() => onB.GetStringAsync("/"), html => !html.Contains(link, StringComparison.Ordinal), WithinASecond);
        Assert.DoesNotContain(link, page);
    }

    [Fact]
    public async Task Two_nodes_setting_up_one_tenant_at_once_set_it_up_once_and_the_other_is_told_why()
    {
        await nodes.A.Services.GetRequiredService<ITenantManager>().CreateAsync(
            new CreateTenantRequest("DuaNhau", "Ban Dân vận thử", "dua-nhau", null, "district-board"), CancellationToken.None);

        var outcomes = await Task.WhenAll(SetUpAsync(nodes.A), SetUpAsync(nodes.B));

        Assert.Single(outcomes, o => o is TenantSettings { State: TenantState.Running });
        Assert.Single(outcomes, o => o is TenantValidationException);
        Assert.Equal(TenantState.Running, (await nodes.B.Services.GetRequiredService<ITenantManager>().FindAsync("DuaNhau", CancellationToken.None))!.State);

        static async Task<object> SetUpAsync(OrchardWebApplicationFactory node)
        {
            try
            {
                return await node.Services.GetRequiredService<ITenantSetupService>()
                    .SetupAsync("DuaNhau", OrchardWebApplicationFactory.SetupRequest("district-board"), CancellationToken.None);
            }
            catch (TenantValidationException e)
            {
                return e;
            }
        }
    }

    [Fact]
    public async Task A_setup_is_refused_while_another_node_holds_the_tenants_setup_lock_and_runs_once_it_is_released()
    {
        var tenants = nodes.B.Services.GetRequiredService<ITenantManager>();
        await tenants.CreateAsync(new CreateTenantRequest("GiuKhoa", "Ban Dân vận thử", "giu-khoa", null, "district-board"), CancellationToken.None);
        var setups = nodes.B.Services.GetRequiredService<ITenantSetupService>();

        await using (var held = await nodes.A.Services.GetRequiredService<IDistributedLock>().TryAcquireAsync("setup:GiuKhoa", TimeSpan.Zero, CancellationToken.None))
        {
            Assert.NotNull(held);
            var refused = await Assert.ThrowsAsync<TenantValidationException>(() =>
                setups.SetupAsync("GiuKhoa", OrchardWebApplicationFactory.SetupRequest("district-board"), CancellationToken.None));
            Assert.Contains("máy chủ khác", refused.Message, StringComparison.Ordinal);
            Assert.True(refused.Error.IsConflict);
            Assert.Equal(TenantState.Uninitialized, (await tenants.FindAsync("GiuKhoa", CancellationToken.None))!.State);
        }

        var running = await setups.SetupAsync("GiuKhoa", OrchardWebApplicationFactory.SetupRequest("district-board"), CancellationToken.None);
        Assert.Equal(TenantState.Running, running.State);
    }

    [Fact]
    public async Task A_node_answers_503_while_another_node_migrates_the_tenant_and_serves_once_it_is_done()
    {
        await nodes.A.CreateAndSetupAsync("NangCap", "nang-cap", "Ban Dân vận thử nâng cấp", "district-board");
        var onB = TwoNodesFixture.Client(nodes.B, "/nang-cap");

        // A background service of either node (the outbox, the scheduler) may be migrating the new tenant a moment: wait
        // for it. B's shell is then opened afresh, so B's next request has migrations to run (an upgraded node's case).
        await using (var migrating = await nodes.A.Services.GetRequiredService<IDistributedLock>().TryAcquireAsync("migrations:NangCap", TimeSpan.FromSeconds(10), CancellationToken.None))
        {
            Assert.NotNull(migrating);
            nodes.B.Get<TenantRegistry>().Release("NangCap");
            var waiting = await Eventually.ReturnsAsync(() => onB.GetAsync("/"), r => r.StatusCode != HttpStatusCode.NotFound, WithinASecond);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, waiting.StatusCode);
            Assert.NotNull(waiting.Headers.RetryAfter);
        }

        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/")).StatusCode);
    }
}
