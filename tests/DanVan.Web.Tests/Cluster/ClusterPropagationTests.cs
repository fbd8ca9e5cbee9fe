using System.Net;
using System.Net.Http.Json;
using DanVan.Web.Tests.Hardening;

namespace DanVan.Web.Tests.Cluster;

/// <summary>
/// What one node process does is seen by the other within a second (tenant changes, a sign-in, a publish, an upload),
/// through the shared PostgreSQL, Redis and Azurite only.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterPropagationTests(ClusterFixture cluster)
{
    private static readonly TimeSpan WithinASecond = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_tenant_set_up_on_A_answers_on_B_disabled_on_B_is_refused_on_A_and_removed_is_gone_on_both()
    {
        var onA = cluster.A.Client("/lan-truyen");
        var onB = cluster.B.Client("/lan-truyen");
        Assert.Equal(HttpStatusCode.NotFound, (await onB.GetAsync("/")).StatusCode);

        var created = await cluster.Api(cluster.A).PostAsJsonAsync("/api/tenants", new
        {
            name = "LanTruyen", displayName = "Ban Dân vận thử lan truyền", prefix = "lan-truyen", recipe = "district-board",
            adminEmail = "admin@lan-truyen.example.vn", adminPassword = OrchardWebApplicationFactory.AdminPassword,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var served = await Eventually.ReturnsAsync(() => onB.GetAsync("/"), r => r.StatusCode == HttpStatusCode.OK, WithinASecond);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await cluster.Api(cluster.B).PostAsync("/api/tenants/LanTruyen/disable", null)).StatusCode);
        var refused = await Eventually.ReturnsAsync(() => onA.GetAsync("/"), r => r.StatusCode == HttpStatusCode.ServiceUnavailable, WithinASecond);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await cluster.Api(cluster.A).DeleteAsync("/api/tenants/LanTruyen")).StatusCode);
        var gone = await Eventually.ReturnsAsync(() => onB.GetAsync("/"), r => r.StatusCode == HttpStatusCode.NotFound, WithinASecond);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await onA.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cluster.Api(cluster.B).GetAsync("/api/tenants/LanTruyen")).StatusCode);
    }

    [Fact]
    public async Task A_sign_in_on_A_is_accepted_on_B_for_that_tenant_and_refused_by_another_tenant_on_either_node()
    {
        var browser = new CookieContainer();
        var onA = await ClusterFixture.SignedInAsync(cluster.A, "/hoa-an", browser);
        Assert.Equal(HttpStatusCode.OK, (await onA.GetAsync("/admin")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await cluster.B.Client("/hoa-an", browser).GetAsync("/admin")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await cluster.B.Client(string.Empty, browser).GetAsync("/admin")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await cluster.A.Client(string.Empty, browser).GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task A_publish_on_A_shows_on_Bs_cached_page_within_a_second_and_in_Bs_search_results()
    {
        var onB = cluster.B.Client("/hoa-an");
        var word = "Cumkiemthu" + Guid.NewGuid().ToString("N")[..8];

        // B has served searches before (its own index of the tenant is open) and has the page in its cache.
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/tim-kiem?q=" + word)).StatusCode);
        await onB.GetAsync("/");
        var cached = await onB.GetAsync("/");
        Assert.NotNull(cached.Headers.ETag);
        var title = $"Hội nghị {word} giữa hai máy chủ";
        Assert.DoesNotContain(title, await cached.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var editor = await ClusterFixture.SignedInAsync(cluster.A, "/hoa-an");
        var saved = await editor.PostFormAsync("/admin/contents/create/Article", "/admin/contents/create/Article", new()
        {
            ["Title"] = title, ["BodyHtml"] = "<p>Nội dung đăng trên máy A.</p>", ["f.Article.Summary"] = "Tóm tắt.", ["submit"] = "publish",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var onAsPage = await cluster.A.Client("/hoa-an").GetStringAsync("/");
        Assert.Contains(title, onAsPage, StringComparison.Ordinal);

        // Results highlight the searched word (<mark>), so they are recognised by the article's address.
        var link = System.Text.RegularExpressions.Regex.Match(onAsPage, $"href=\"([^\"]*{word.ToLowerInvariant()}[^\"]*)\"").Groups[1].Value;
        Assert.NotEmpty(link);
        var page = await Eventually.ReturnsAsync(() => onB.GetStringAsync("/"), html => html.Contains(title, StringComparison.Ordinal), WithinASecond);
        Assert.Contains(title, page, StringComparison.Ordinal);

        // Each node has its own index, fed from the task queue in PostgreSQL, which B reads every 2 s (Search:PollInterval).
        var results = await Eventually.ReturnsAsync(() => onB.GetStringAsync("/tim-kiem?q=" + word), html => html.Contains(link, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Contains(link, results, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_media_upload_on_A_is_served_by_B_from_the_shared_blob_store()
    {
        var upload = new MediaAdminClient(await ClusterFixture.SignedInAsync(cluster.A, "/hoa-an"));
        var image = TestPng.Solid(6, 6);

        var (status, saved, errors) = await upload.UploadAsync("cum", "anh-may-a.png", image);

        Assert.True(status == HttpStatusCode.OK, string.Join("; ", errors));
        var served = await cluster.B.Client("/hoa-an").GetAsync("/media/" + Assert.Single(saved));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(image, await served.Content.ReadAsByteArrayAsync());
    }
}
