using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DanVan.Orchard.Tests.Media;
using Microsoft.AspNetCore.Hosting;

namespace DanVan.Web.Tests;

/// <summary>The whole site with its media in a real Azurite (a container per tenant), and what happens when it goes down.</summary>
public sealed class AzureMediaTests : IAsyncLifetime
{
    private readonly Azurite _azurite = new();
    private AzureSite? _site;

    private sealed class AzureSite(string connectionString) : OrchardWebApplicationFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("DanVan:Media:AzureBlob:ConnectionString", connectionString);
        }
    }

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        _site = new AzureSite(_azurite.ConnectionString);
        _ = _site.Server;
        await _site.Get<DanVan.Orchard.Tenancy.TenantSetupService>().SetupAsync("Default", OrchardWebApplicationFactory.SetupRequest("province-portal"), CancellationToken.None);
        await _site.CreateAndSetupAsync("HoaAn", "hoa-an", "Ban Dân vận Huyện ủy Hòa An", "district-board", "sample-content");
    }

    [Fact]
    public async Task Sample_media_lives_in_blob_storage_and_reads_answer_503_when_it_is_down()
    {
        var client = _site!.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/hoa-an/media/anh/2026/so-ket-6-thang.jpg")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/hoa-an/media/anh/2026/so-ket-6-thang.jpg?width=640")).StatusCode);
        Assert.False(File.Exists(Path.Combine(_site.AppData, "Sites", "HoaAn", "Media", "anh", "2026", "so-ket-6-thang.jpg")));

        var admin = _site.Client("/hoa-an");
        await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);
        var page = await admin.GetStringAsync("/admin/media");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

        await _azurite.StopAsync();

        var read = await client.GetAsync("/hoa-an/media/anh/2026/doi-thoai.jpg");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, read.StatusCode);

        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("anh"), "folder" },
            { new ByteArrayContent(Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")), "files", "moi.png" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hoa-an/admin/media/upload") { Content = form };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var upload = await admin.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, upload.StatusCode);
        Assert.Contains("không kết nối được", (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0].GetString());
    }

    public async Task DisposeAsync()
    {
        _site?.Dispose();
        await _azurite.DisposeAsync();
    }
}
