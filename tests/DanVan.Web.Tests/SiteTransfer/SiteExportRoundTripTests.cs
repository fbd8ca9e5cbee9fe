using System.Net;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Media;
using DanVan.Orchard.SiteTransfer;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.SiteTransfer;

/// <summary>
/// HoaAn (sample content, plus a draft over a published article, a media file with a caption and an editor) exported,
/// imported into a new tenant, exported again: the two recipes are equal but for when and from where they were made,
/// and the files are the same bytes.
/// </summary>
public sealed class SiteExportRoundTripTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private const string ExtraMedia = "anh/kiem-tra-xuat.jpg";

    [Fact]
    public async Task Export_import_export_gives_the_same_site_and_the_copy_serves_it()
    {
        await AddDraftMediaAndUserAsync();
        var first = await ExportAsync("HoaAn");

        Assert.Contains("media/" + ExtraMedia, first.Files.Keys);
        Assert.Contains(first.Steps("Users").Single()["Users"]!.AsArray(), u => (string?)u!["UserName"] == "bientap");
        var versions = first.Steps("Content").SelectMany(s => s["data"]!.AsArray()).Where(v => (string?)v!["DisplayText"] == "Bản nháp sửa sau khi đăng").ToList();
        Assert.Single(versions);

        var copy = await ImportAsync(first, "HoaAnBanSao", "hoa-an-ban-sao");
        Assert.Equal(TenantState.Running, copy.State);
        var second = await ExportAsync("HoaAnBanSao");

        Assert.Equal(first.Normalized(), second.Normalized());
        Assert.Equal(first.Files.Keys.Order(), second.Files.Keys.Order());
        foreach (var (name, bytes) in first.Files)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(second.Files[name]), $"{name} differs after the round trip");
        }

        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/hoa-an-ban-sao/{ProvisionedSiteFixture.SampleArticlePath}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/hoa-an-ban-sao/media/{ExtraMedia}")).StatusCode);
    }

    [Fact]
    public async Task Users_have_no_password_hash_in_the_zip_unless_asked_and_then_keep_their_password()
    {
        var userId = await site.CreateUserAsync("TraLinh", "tacgia", "Author");

        var plain = await ExportAsync("TraLinh");
        Assert.DoesNotContain("PasswordHash", plain.RecipeText);
        Assert.Contains(plain.Steps("Users").Single()["Users"]!.AsArray(), u => (string?)u!["Id"] == userId);

        var withHashes = await ExportAsync("TraLinh", includePasswordHashes: true);
        Assert.Contains("PasswordHash", withHashes.RecipeText);

        await ImportAsync(withHashes, "TraLinhBanSao", "tra-linh-ban-sao");
        var author = site.Client("/tra-linh-ban-sao");
        var signedIn = await author.LoginAsync("tacgia", OrchardWebApplicationFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.DoesNotContain("/login", TenantClient.Location(signedIn));

        // Without hashes the same user exists (same id, same roles) but has no password until one is set.
        await ImportAsync(plain, "TraLinhKhongMatKhau", "tra-linh-khong-mat-khau");
        await site.InTenantAsync("TraLinhKhongMatKhau", async services =>
        {
            var users = services.GetRequiredService<UserManager<IdentityUser>>();
            var imported = await users.FindByIdAsync(userId);
            Assert.NotNull(imported);
            Assert.Null(imported.PasswordHash);
            Assert.Equal("Author", Assert.Single(await users.GetRolesAsync(imported)));
        });
    }

    private async Task AddDraftMediaAndUserAsync()
    {
        await site.CreateUserAsync("HoaAn", "bientap", "Editor");
        await site.InTenantAsync("HoaAn", async services =>
        {
            var contents = services.GetRequiredService<IContentManager>();
            var article = await contents.GetPublishedByPathAsync(ProvisionedSiteFixture.SampleArticlePath, CancellationToken.None);
            Assert.NotNull(article);
            var latest = await contents.GetLatestVersionAsync(article.ContentItemId, CancellationToken.None);
            var draft = latest!.Item;
            draft.DisplayText = "Bản nháp sửa sau khi đăng";
            draft.Content["TitlePart"] = new System.Text.Json.Nodes.JsonObject { ["Title"] = draft.DisplayText };
            await contents.SaveAsync(draft, publish: false, latest.ConcurrencyStamp, new ContentActor("test", "test"), CancellationToken.None);

            var photo = await File.ReadAllBytesAsync(Path.Combine(site.Recipes, "media", "doi-thoai.jpg"));
            await services.GetRequiredService<IMediaStore>().WriteAsync("HoaAn", ExtraMedia, new MemoryStream(photo), CancellationToken.None);
        });
    }

    private async Task<ExportZip> ExportAsync(string tenant, bool includePasswordHashes = false)
    {
        using var buffer = new MemoryStream();
        await site.Get<ISiteExporter>().ExportAsync(tenant, buffer, new SiteExportOptions(includePasswordHashes), CancellationToken.None);
        return ExportZip.Read(buffer.ToArray());
    }

    private async Task<TenantSettings> ImportAsync(ExportZip export, string name, string prefix)
    {
        var path = Path.Combine(site.Root, $"{name}.zip");
        await File.WriteAllBytesAsync(path, export.Bytes);
        return await site.Get<ISiteImporter>().ImportAsync(new SiteImportRequest(path, name, null, prefix, null), CancellationToken.None);
    }
}
