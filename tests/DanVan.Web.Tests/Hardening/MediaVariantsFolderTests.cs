using System.Net;
using DanVan.Orchard.Media;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Hardening;

/// <summary>
/// The <c>_variants</c> folder of resized images belongs to the system: never listed, browsed, written, moved or deleted
/// through the admin; and a media store outage shows the library as 503 with a message, not as a 500.
/// </summary>
[Collection(ReaderSiteCollection.Name)]
public sealed class MediaVariantsFolderTests(ProvisionedSiteFixture site)
{
    private const string Photo = "anh/2026/so-ket-6-thang.jpg";
    private const string Variant = "_variants/w160/" + Photo;

    private async Task<MediaAdminClient> AdminWithAVariantAsync()
    {
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync("/hoa-an/media/" + Photo + "?width=160")).StatusCode);
        Assert.NotNull(await site.Get<IMediaStore>().GetFileAsync("HoaAn", Variant, CancellationToken.None));
        return await MediaAdminClient.SignInAsync(site, "/hoa-an", "admin");
    }

    [Theory]
    [InlineData("_variants")]
    [InlineData("_variants/w160/anh")]
    public async Task Browsing_the_variants_folder_answers_404_with_a_message(string folder)
    {
        var admin = await AdminWithAVariantAsync();

        var response = await admin.Client.GetAsync("/admin/media?folder=" + Uri.EscapeDataString(folder));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ảnh thu nhỏ do hệ thống tạo", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_variants_folder_is_not_listed_and_its_files_have_no_item_page()
    {
        var admin = await AdminWithAVariantAsync();

        Assert.DoesNotContain("_variants", await admin.Client.GetStringAsync("/admin/media"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Client.GetAsync("/admin/media/item?path=" + Uri.EscapeDataString(Variant))).StatusCode);
    }

    [Fact]
    public async Task Nothing_is_uploaded_moved_relabelled_or_deleted_in_the_variants_folder()
    {
        var admin = await AdminWithAVariantAsync();

        var upload = await admin.UploadAsync("_variants/w160", "chen.png", TestPng.Solid(2, 2));
        await admin.PostAsync("/admin/media/move", new() { ["path"] = Variant, ["newPath"] = "anh/lay-ra.jpg" });
        await admin.PostAsync("/admin/media/move", new() { ["path"] = "anh/2026/doi-thoai.jpg", ["newPath"] = "_variants/w320/anh/2026/doi-thoai.jpg" });
        var relabel = await admin.PostAsync("/admin/media/item", new() { ["path"] = Variant, ["alt"] = "x" });
        await admin.PostAsync("/admin/media/delete", new() { ["path"] = Variant, ["confirmUsed"] = "true" });

        Assert.Equal(HttpStatusCode.BadRequest, upload.Status);
        Assert.Contains("_variants", upload.Errors[0]);
        Assert.Equal(HttpStatusCode.NotFound, relabel.StatusCode);
        var store = site.Get<IMediaStore>();
        Assert.Null(await store.GetFileAsync("HoaAn", "_variants/w160/chen.png", CancellationToken.None));
        Assert.NotNull(await store.GetFileAsync("HoaAn", Variant, CancellationToken.None));
        Assert.Null(await store.GetFileAsync("HoaAn", "anh/lay-ra.jpg", CancellationToken.None));
        Assert.NotNull(await store.GetFileAsync("HoaAn", "anh/2026/doi-thoai.jpg", CancellationToken.None));
        Assert.Null(await store.GetFileAsync("HoaAn", "_variants/w320/anh/2026/doi-thoai.jpg", CancellationToken.None));
    }

    [Fact]
    public async Task A_store_outage_shows_the_library_as_503_with_a_message()
    {
        using var down = site.WithWebHostBuilder(b => b.ConfigureTestServices(services => services.AddSingleton<IMediaStore, UnavailableMediaStore>()));
        var admin = new TenantClient(down.CreateClient(new() { AllowAutoRedirect = false }), "/hoa-an");
        await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);

        var response = await admin.GetAsync("/admin/media");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("không kết nối được", await response.Content.ReadAsStringAsync());
    }

    /// <summary>A media store whose service cannot be reached.</summary>
    private sealed class UnavailableMediaStore : IMediaStore
    {
        private static Exception Down() => new MediaStoreUnavailableException(new IOException("Kết nối bị từ chối."));

        public Task<MediaFile?> GetFileAsync(string tenant, string path, CancellationToken cancellationToken) => Task.FromException<MediaFile?>(Down());

        public Task<Stream?> OpenReadAsync(string tenant, string path, CancellationToken cancellationToken) => Task.FromException<Stream?>(Down());

        public Task WriteAsync(string tenant, string path, Stream content, CancellationToken cancellationToken) => Task.FromException(Down());

        public Task<bool> TryCreateAsync(string tenant, string path, Stream content, CancellationToken cancellationToken) => Task.FromException<bool>(Down());

        public Task<bool> DeleteAsync(string tenant, string path, CancellationToken cancellationToken) => Task.FromException<bool>(Down());

        public Task MoveAsync(string tenant, string from, string to, CancellationToken cancellationToken) => Task.FromException(Down());

        public async Task<IReadOnlyList<MediaEntry>> ListAsync(string tenant, string folder, CancellationToken cancellationToken)
        {
            // Fails after a real await, as a network call does.
            await Task.Yield();
            throw Down();
        }

        public Task DeleteTenantAsync(string tenant, CancellationToken cancellationToken) => Task.FromException(Down());
    }
}
