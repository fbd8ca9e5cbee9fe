using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DanVan.Web.Tests.Hardening;

/// <summary>A signed-in user of a tenant's media library: uploads as the page's script does (JSON answers), and the file forms.</summary>
public sealed class MediaAdminClient(TenantClient client)
{
    public TenantClient Client { get; } = client;

    public static async Task<MediaAdminClient> SignInAsync(OrchardWebApplicationFactory site, string prefix, string userName)
    {
        var client = site.Client(prefix);
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(userName, OrchardWebApplicationFactory.AdminPassword)).StatusCode);
        return new MediaAdminClient(client);
    }

    public async Task<string> TokenAsync()
    {
        var page = await Client.GetStringAsync("/admin/media");
        return WebUtility.HtmlDecode(Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
    }

    /// <summary>Uploads one file; the status and the body's saved paths and errors.</summary>
    public async Task<(HttpStatusCode Status, string[] Saved, string[] Errors)> UploadAsync(string folder, string name, byte[] bytes, string? token = null)
    {
        token ??= await TokenAsync();
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent(folder), "folder" } };
        form.Add(new ByteArrayContent(bytes), "files", name);
        using var request = new HttpRequestMessage(HttpMethod.Post, Client.Url("/admin/media/upload")) { Content = form };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var response = await Client.Http.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode,
            body.GetProperty("saved").EnumerateArray().Select(e => e.GetString()!).ToArray(),
            body.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToArray());
    }

    public Task<HttpResponseMessage> PostAsync(string action, Dictionary<string, string> fields) =>
        Client.PostFormAsync("/admin/media", action, fields);
}
