using System.Net;
using DanVan.Orchard.Tenancy;

namespace DanVan.Web.Tests.Hardening;

/// <summary>
/// A Running tenant whose database file is deleted, moved away or unreadable answers 503 and is never re-created
/// empty (publishes would be "saved" and lost); the portal and the other districts serve on; the file restored, the
/// tenant serves again.
/// </summary>
public sealed class MissingTenantDatabaseTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    private string DatabaseFile(string tenant) => Path.Combine(site.AppData, "Sites", tenant, "danvan.db");

    [Fact]
    public async Task A_deleted_database_answers_503_is_not_recreated_and_the_district_serves_again_once_restored()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/tra-linh/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/")).StatusCode);
        var file = DatabaseFile("TraLinh");
        var aside = Path.Combine(site.Root, "tra-linh-backup");
        Directory.CreateDirectory(aside);

        // What an operator's "rm danvan.db*" does, while the site holds pooled connections to the file.
        MoveDatabase(file, aside);

        var home = await _client.GetAsync("/tra-linh/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, home.StatusCode);
        Assert.Contains("tạm thời không truy cập được", await home.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await _client.GetAsync("/tra-linh/" + ProvisionedSiteFixture.SampleArticlePath)).StatusCode);
        Assert.False(File.Exists(file));

        // The portal's home lists the districts' news: it leaves the unavailable one out and serves on, as do the others.
        var portal = await _client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, portal.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/hoa-an/")).StatusCode);

        // As after a restart or an idle release: a fresh shell must not create the file either.
        site.Get<TenantRegistry>().Release("TraLinh");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await _client.GetAsync("/tra-linh/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/")).StatusCode);
        Assert.False(File.Exists(file));
        Assert.Equal(TenantState.Running, site.Get<TenantRegistry>().Table.Find("TraLinh")!.State);

        MoveDatabase(Path.Combine(aside, "danvan.db"), Path.GetDirectoryName(file)!);

        var back = await _client.GetAsync("/tra-linh/" + ProvisionedSiteFixture.SampleArticlePath);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/tra-linh/")).StatusCode);
    }

    [Fact]
    public async Task An_unreadable_database_answers_503_and_the_portal_serves_on()
    {
        await site.CreateAndSetupAsync("BaoLam", "bao-lam", "Ban Dân vận Huyện ủy Bảo Lâm", "district-board", "sample-content");
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/bao-lam/")).StatusCode);

        site.Get<TenantRegistry>().Release("BaoLam");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var file = DatabaseFile("BaoLam");
        foreach (var side in new[] { file + "-wal", file + "-shm" }.Where(File.Exists))
        {
            File.Delete(side);
        }

        await File.WriteAllTextAsync(file, "đây không phải là một cơ sở dữ liệu SQLite, chỉ là văn bản thường cho đủ dài.");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await _client.GetAsync("/bao-lam/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/")).StatusCode);
        Assert.StartsWith("đây không phải", await File.ReadAllTextAsync(file));
    }

    private static void MoveDatabase(string file, string toFolder)
    {
        foreach (var path in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
        {
            File.Move(path, Path.Combine(toFolder, Path.GetFileName(path)));
        }
    }
}
