using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Hardening;

/// <summary>
/// A publish drops the tenant's cached pages (and the portal's, which show its news) at once: they can never be served
/// again, and leaving them until they expire grew the process by ~100 MB in the 10-minute soak.
/// </summary>
public sealed class CachedPagesDroppedTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    [Fact]
    public async Task Publishing_drops_the_districts_and_the_portals_cached_pages()
    {
        var dropped = new ConcurrentQueue<string>();
        using var recorded = site.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            var original = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
            services.Remove(original);
            services.AddSingleton<IOutputCacheStore>(sp => new RecordingStore((IOutputCacheStore)original.ImplementationFactory!(sp), dropped));
        }));
        var reader = recorded.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/hoa-an/")).StatusCode);
        var admin = new TenantClient(recorded.CreateClient(new() { AllowAutoRedirect = false }), "/hoa-an");
        await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);
        dropped.Clear();

        var published = await admin.PostFormAsync("/admin/contents/create/Article", "/admin/contents/create/Article", new()
        {
            ["Title"] = "Tin làm mới bộ nhớ đệm", ["BodyHtml"] = "<p>Nội dung.</p>", ["f.Article.Summary"] = "Tóm tắt.", ["submit"] = "publish",
        });

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("tenant:HoaAn", dropped);
        Assert.Contains("tenant:Default", dropped);
        Assert.DoesNotContain("tenant:TraLinh", dropped);
    }

    private sealed class RecordingStore(IOutputCacheStore inner, ConcurrentQueue<string> dropped) : IOutputCacheStore
    {
        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            dropped.Enqueue(tag);
            return inner.EvictByTagAsync(tag, cancellationToken);
        }

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
            inner.SetAsync(key, value, tags, validFor, cancellationToken);
    }
}
