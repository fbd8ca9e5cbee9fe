using System.IO.Compression;
using System.Net;
using System.Text;
using DanVan.Orchard.Tenancy;

namespace DanVan.Web.Tests.SiteTransfer;

/// <summary>
/// <c>tenants export</c> and <c>tenants import-site</c> as a script runs them: a site moved through a zip serves at its
/// new address; a bad zip is refused with exit code 1 and one line, leaving no tenant record, database or folder.
/// </summary>
public sealed class SiteTransferCliTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private const string MinimalRecipe = """{ "name": "site-export", "issetuprecipe": true, "steps": [] }""";

    [Fact]
    public async Task A_site_exported_and_imported_by_the_cli_serves_at_its_new_address_and_its_admin_signs_in()
    {
        var zip = Path.Combine(site.Root, "hoa-an.zip");
        var export = await HostCli.RunAsync(site, "tenants", "export", "--name", "HoaAn", "--out", zip);
        Assert.Equal(0, export.ExitCode);
        Assert.Matches(@"^Tenant 'HoaAn' is exported to .*hoa-an\.zip \([\d.,]+ KB\) in \d+ ms\.$", export.Output);
        Assert.False(File.Exists(zip + ".partial"));

        var import = await HostCli.RunAsync(site, "tenants", "import-site", "--name", "HoaAnMoi", "--in", zip, "--prefix", "hoa-an-moi",
            "--admin-password", "matkhau-moi-2026");
        Assert.Equal(0, import.ExitCode);
        Assert.Matches(@"^Tenant 'HoaAnMoi' is imported from hoa-an\.zip in \d+ ms\.$", import.Output);

        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        var article = await Eventually.ReturnsAsync(() => client.GetAsync($"/hoa-an-moi/{ProvisionedSiteFixture.SampleArticlePath}"), r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
        var admin = site.Client("/hoa-an-moi");
        var signedIn = await admin.LoginAsync("admin", "matkhau-moi-2026");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.DoesNotContain("/login", TenantClient.Location(signedIn));
    }

    [Fact]
    public async Task Export_all_writes_one_zip_per_running_tenant_for_a_backup()
    {
        var folder = Path.Combine(site.Root, "backups");
        var result = await HostCli.RunAsync(site, "tenants", "export", "--all", "--out", folder);

        Assert.Equal(0, result.ExitCode);
        var running = site.Get<TenantRegistry>().Table.All.Where(t => t.State == TenantState.Running).Select(t => t.Name).Order().ToList();
        var zips = Directory.GetFiles(folder, "*.zip").Select(f => Path.GetFileName(f)[..Path.GetFileName(f).IndexOf('-', StringComparison.Ordinal)]).Order().ToList();
        Assert.Equal(running, zips);
        Assert.EndsWith($"{running.Count} of {running.Count} running tenant(s) exported to {folder}.", result.Output);
    }

    public static TheoryData<string, string> BadZips => new()
    {
        { "path-outside", "bị từ chối: ra ngoài thư mục" },
        { "backslash", "có dấu gạch ngược" },
        { "absolute", "là đường dẫn tuyệt đối" },
        { "drive-letter", "có tên ổ đĩa" },
        { "unknown-step", "unknown step 'elasticsearch-index'" },
        { "broken-json", "recipe.json trong tệp zip không dùng được" },
        { "ten-thousand-files", "10001 mục, nhiều hơn giới hạn 5000" },
        { "zip-bomb", "có thể là “bom zip”" },
        { "not-a-zip", "không phải tệp zip đọc được" },
        { "bzip2-entry", "nén theo cách không đọc được" },
        { "svg-in-media", "SVG, HTML và tệp chạy được không được nhận" },
    };

    [Theory]
    [MemberData(nameof(BadZips))]
    public async Task A_bad_zip_is_refused_with_one_line_and_nothing_is_left(string kind, string reason)
    {
        var name = "Loi" + string.Concat(kind.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        var path = Path.Combine(site.Root, kind + ".zip");
        await File.WriteAllBytesAsync(path, BadZip(kind));

        var result = await HostCli.RunAsync(site, "tenants", "import-site", "--name", name, "--in", path, "--prefix", "loi-" + kind);

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.Error.Split('\n'));
        Assert.StartsWith("error: ", result.Error);
        Assert.Contains(reason, result.Error);
        Assert.DoesNotContain(await site.Get<ITenantManager>().ListAsync(CancellationToken.None), t => t.Name == name);
        Assert.False(Directory.Exists(Path.Combine(site.AppData, "Sites", name)), "the tenant's folder was left");
        Assert.False(Directory.Exists(Path.Combine(site.AppData, "imports")) && Directory.EnumerateFileSystemEntries(Path.Combine(site.AppData, "imports")).Any(),
            "the unpacked zip was left");
    }

    private static byte[] BadZip(string kind)
    {
        var recipe = Encoding.UTF8.GetBytes(MinimalRecipe);
        var png = File.ReadAllBytes(Path.Combine(OrchardWebApplicationFactory.RepositoryFolder("recipes"), "media", "doi-thoai.jpg"));
        return kind switch
        {
            "path-outside" => ExportZip.Build([("recipe.json", recipe), ("media/../../evil.txt", "x"u8.ToArray())]),
            "backslash" => ExportZip.Build([("recipe.json", recipe), ("media\\..\\evil.txt", "x"u8.ToArray())]),
            "absolute" => ExportZip.Build([("recipe.json", recipe), ("/etc/evil.txt", "x"u8.ToArray())]),
            "drive-letter" => ExportZip.Build([("recipe.json", recipe), ("C:/evil.txt", "x"u8.ToArray())]),
            "unknown-step" => ExportZip.Build([("recipe.json", """{ "name": "site-export", "issetuprecipe": true, "steps": [ { "name": "elasticsearch-index" } ] }"""u8.ToArray())]),
            "broken-json" => ExportZip.Build([("recipe.json", """{ "name": "site-export", "steps": [ """u8.ToArray())]),
            "ten-thousand-files" => ExportZip.Build(Enumerable.Range(0, 10_000).Select(i => ($"media/{i}.txt", new byte[] { 1 })).Prepend(("recipe.json", recipe))),
            "zip-bomb" => ExportZip.Build([("recipe.json", recipe), ("media/zeros.jpg", new byte[32 * 1024 * 1024])], CompressionLevel.SmallestSize),
            "not-a-zip" => png,
            // As 7-Zip writes when told to use BZip2: the archive opens, the entry cannot be read.
            "bzip2-entry" => WithCompressionMethod(ExportZip.Build([("recipe.json", recipe), ("media/anh.jpg", png)]), "media/anh.jpg", 12),
            // Passes every check before the setup; the media step refuses it midway, and the half-made tenant is removed.
            "svg-in-media" => ExportZip.Build([
                ("recipe.json", """
                    { "name": "site-export", "issetuprecipe": true, "steps": [
                      { "name": "Feature", "enable": [ "DanVan.Media" ] },
                      { "name": "MediaLibrary", "Files": [ { "Path": "anh.jpg", "SourcePath": "media/anh.jpg" }, { "Path": "logo.svg", "SourcePath": "media/logo.svg" } ] } ] }
                    """u8.ToArray()),
                ("media/anh.jpg", png),
                ("media/logo.svg", """<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"""u8.ToArray()),
            ]),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    /// <summary>Rewrites the compression method of <paramref name="entry"/> in its local header and its central directory record.</summary>
    private static byte[] WithCompressionMethod(byte[] zip, string entry, ushort method)
    {
        var name = Encoding.UTF8.GetBytes(entry);
        for (var i = 0; i + 46 + name.Length <= zip.Length; i++)
        {
            var signature = BitConverter.ToUInt32(zip, i);
            var (methodOffset, nameOffset) = signature switch
            {
                0x04034b50 => (8, 30),
                0x02014b50 => (10, 46),
                _ => (-1, -1),
            };
            if (methodOffset >= 0 && zip.AsSpan(i + nameOffset, name.Length).SequenceEqual(name))
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + methodOffset, 2), method);
            }
        }

        return zip;
    }
}
