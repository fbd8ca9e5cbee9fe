using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace DanVan.Web.Tests;

/// <summary>Media of a tenant on the file system: the sample-content recipe's files, uploads through the library, serving.</summary>
[Collection(ReaderSiteCollection.Name)]
public sealed class MediaTests(ProvisionedSiteFixture site)
{
    private const string Photo = "/media/anh/2026/so-ket-6-thang.jpg";
    private static readonly byte[] OnePixelPng = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private async Task<TenantClient> AdminAsync(string prefix = "/hoa-an")
    {
        var admin = site.Client(prefix);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword)).StatusCode);
        return admin;
    }

    private static async Task<HttpResponseMessage> UploadAsync(TenantClient admin, string folder, params (string Name, byte[] Bytes)[] files)
    {
        var page = await admin.GetStringAsync("/admin/media");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent(folder), "folder" } };
        foreach (var (name, bytes) in files)
        {
            form.Add(new ByteArrayContent(bytes), "files", name);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, admin.Url("/admin/media/upload")) { Content = form };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return await admin.Http.SendAsync(request);
    }

    [Fact]
    public async Task A_photo_is_served_with_validators_and_a_304_when_unchanged()
    {
        var client = site.CreateClient();
        var response = await client.GetAsync("/hoa-an" + Photo);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
        Assert.NotNull(response.Content.Headers.LastModified);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/hoa-an" + Photo);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);

        var versioned = await client.GetAsync("/hoa-an" + Photo + "?v=1");
        Assert.Contains("immutable", versioned.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Resized_variants_come_from_an_allow_list_of_widths()
    {
        var client = site.CreateClient();
        var original = await client.GetByteArrayAsync("/hoa-an" + Photo);

        var small = await client.GetAsync("/hoa-an" + Photo + "?width=320");
        var bytes = await small.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.True(bytes.Length < original.Length / 2, $"{bytes.Length} bytes is not much smaller than {original.Length}");
        Assert.Equal(0xFF, bytes[0]);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/hoa-an" + Photo + "?width=333")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/hoa-an/media/_variants/w320/anh/2026/so-ket-6-thang.jpg")).StatusCode);
    }

    [Fact]
    public async Task Documents_answer_byte_ranges()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/hoa-an/media/tai-lieu/bao-cao-quy-iii-2026.pdf");
        request.Headers.Range = new RangeHeaderValue(0, 99);

        var response = await site.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(100, (await response.Content.ReadAsByteArrayAsync()).Length);
    }

    [Theory]
    [InlineData("/hoa-an/media/%2e%2e/%2e%2e/tenants.json")]
    [InlineData("/hoa-an/media/..%2F..%2F..%2Ftenants.json")]
    [InlineData("/hoa-an/media/%252e%252e/%252e%252e/tenants.json")]
    [InlineData("/hoa-an/media/anh%5C..%5C..%5Cdanvan.db")]
    public async Task Traversal_never_reaches_a_file_outside_the_library(string url)
    {
        var response = await site.CreateClient().GetAsync(url);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{url} answered {(int)response.StatusCode}");
        Assert.DoesNotContain("\"Tenants\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Uploads_get_safe_unique_names_and_stay_in_their_tenant()
    {
        var admin = await AdminAsync();

        var first = await UploadAsync(admin, "anh/thu-nghiem", ("Ảnh Hội nghị Đảng bộ.PNG", OnePixelPng));
        var second = await UploadAsync(admin, "anh/thu-nghiem", ("Ảnh Hội nghị Đảng bộ.PNG", OnePixelPng));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("anh/thu-nghiem/anh-hoi-nghi-dang-bo.png", (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("saved")[0].GetString());
        Assert.Equal("anh/thu-nghiem/anh-hoi-nghi-dang-bo-2.png", (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("saved")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync("/hoa-an/media/anh/thu-nghiem/anh-hoi-nghi-dang-bo.png")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync("/tra-linh/media/anh/thu-nghiem/anh-hoi-nghi-dang-bo.png")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync("/media/anh/thu-nghiem/anh-hoi-nghi-dang-bo.png")).StatusCode);
    }

    [Theory]
    [InlineData("ban-do.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "không phải ảnh")]
    [InlineData("trang.html", "<html><body><script>alert(1)</script></body></html>", "không phải ảnh")]
    [InlineData("gia-anh.jpg", "<html>not a picture</html>", "không phải ảnh")]
    [InlineData("anh-sai-duoi.pdf", "__png__", "nội dung là PNG")]
    public async Task Files_are_judged_by_their_content_and_scripts_are_refused(string name, string content, string message)
    {
        var admin = await AdminAsync();
        var bytes = content == "__png__" ? OnePixelPng : Encoding.UTF8.GetBytes(content);

        var response = await UploadAsync(admin, "kiem-tra", (name, bytes));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync("/hoa-an/media/kiem-tra/" + name)).StatusCode);
    }

    [Fact]
    public async Task A_folder_that_climbs_out_is_refused()
    {
        var admin = await AdminAsync();

        var response = await UploadAsync(admin, "../TraLinh", ("a.png", OnePixelPng));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Files_over_the_size_limit_are_refused()
    {
        using var small = site.WithWebHostBuilder(b => b.UseSetting("DanVan:Media:MaxFileSize", "4096"));
        var admin = new TenantClient(small.CreateClient(new() { AllowAutoRedirect = false }), "/tra-linh");
        await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);
        var big = new byte[10_000];
        OnePixelPng.CopyTo(big, 0);

        var response = await UploadAsync(admin, "lon", ("lon.png", big));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("lớn hơn giới hạn", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0].GetString());
    }

    [Fact]
    public async Task A_used_file_is_only_deleted_after_a_second_confirmation()
    {
        var admin = await AdminAsync("/tra-linh");
        const string path = "anh/2026/doi-thoai.jpg";

        var item = await admin.GetStringAsync("/admin/media/item?path=" + Uri.EscapeDataString(path));
        Assert.Contains("Đối thoại giữa lãnh đạo huyện", item);

        await admin.PostFormAsync("/admin/media/item?path=" + Uri.EscapeDataString(path), "/admin/media/delete", new() { ["path"] = path });
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync("/tra-linh/media/" + path)).StatusCode);

        await admin.PostFormAsync("/admin/media/item?path=" + Uri.EscapeDataString(path), "/admin/media/delete", new() { ["path"] = path, ["confirmUsed"] = "true" });
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync("/tra-linh/media/" + path)).StatusCode);
    }

    [Fact]
    public async Task Articles_show_their_photos_with_captions_inside_the_tenant()
    {
        var html = await site.Client("/hoa-an").GetStringAsync("/" + ProvisionedSiteFixture.SampleArticlePath);

        Assert.Contains("<figure><img src=\"/hoa-an/media/anh/2026/so-ket-6-thang.jpg?width=1024\"", html);
        Assert.Contains("<figcaption>Quang cảnh hội nghị sơ kết (ảnh minh họa)</figcaption>", html);
        Assert.Contains("srcset=\"/hoa-an/media/anh/2026/so-ket-6-thang.jpg?width=640 640w", html);
        var meeting = await site.Client("/hoa-an").GetStringAsync("/" + ProvisionedSiteFixture.SampleMeetingPath);
        Assert.Contains("/hoa-an/media/tai-lieu/bao-cao-quy-iii-2026.pdf", meeting);
    }
}
