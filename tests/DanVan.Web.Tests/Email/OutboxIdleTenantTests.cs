using DanVan.Email.Outbox;
using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Tests.Email;

/// <summary>The sender's turns are background work: they must not count as use, or no idle tenant would ever be released.</summary>
public sealed class OutboxIdleTenantTests(EmailSiteFixture site) : IClassFixture<EmailSiteFixture>
{
    [Fact]
    public async Task A_tenant_the_sender_scans_but_nobody_uses_is_still_released_when_idle()
    {
        var registry = site.Get<ITenantRegistry>();
        var tenant = registry.Find("HoaAn")!;
        var shell = registry.GetShell(tenant, touch: false);

        // Everything after this instant is "since the last use": the idle sweep releases what nobody touched since.
        var lastUse = DateTime.UtcNow;
        await Eventually.ReturnsAsync(() => Task.FromResult(DateTime.UtcNow), now => now > lastUse);
        var idleSince = DateTime.UtcNow;

        // A full scan of every running tenant, as every ScanInterval; its turn for HoaAn is done once it reported.
        var health = site.Get<OutboxHealth>();
        health.Remove("HoaAn");
        var scanned = await Eventually.ReturnsAsync(
            () =>
            {
                site.Deliver(site.Get<IOptions<OutboxOptions>>().Value.ScanInterval + TimeSpan.FromSeconds(1));
                return Task.FromResult(health.Get("HoaAn"));
            },
            summary => summary is not null,
            TimeSpan.FromSeconds(30));
        Assert.NotNull(scanned);

        site.Get<TenantRegistry>().ReleaseIdle(DateTime.UtcNow - idleSince);

        Assert.True(shell.Released.IsCancellationRequested, "the sender's scan kept the idle tenant open");
    }
}
