using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace DanVan.Web.Tests.Editor;

/// <summary>HoaAn from the shipped district-board recipe, for the content editor's tests; and how they post its form.</summary>
public sealed partial class EditorSite : OrchardWebApplicationFactory, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await Get<DanVan.Orchard.Tenancy.TenantSetupService>().SetupAsync("Default", SetupRequest("province-portal"), CancellationToken.None);
        await CreateAndSetupAsync("HoaAn", "hoa-an", "Ban Dân vận Huyện ủy Hòa An", "district-board", "sample-content");
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public async Task<TenantClient> SignedInAsync(string userName = "admin")
    {
        var client = Client("/hoa-an");
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(userName, AdminPassword)).StatusCode);
        return client;
    }

    /// <summary>Posts the form as the admin's script does (fetch, <c>Accept: application/json</c>) with the page's token.</summary>
    public static async Task<HttpResponseMessage> PostAsScriptAsync(TenantClient client, string formPage, string path, Dictionary<string, string> fields)
    {
        var html = await (await client.GetAsync(formPage)).Content.ReadAsStringAsync();
        var token = Token().Match(html);
        Assert.True(token.Success, $"no antiforgery token on {formPage}");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await PostWithTokenAsScriptAsync(client, path, fields);
    }

    public static async Task<HttpResponseMessage> PostWithTokenAsScriptAsync(TenantClient client, string path, Dictionary<string, string> fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, client.Url(path)) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return await client.Http.SendAsync(request);
    }

    public static string? Token(string html) => Token().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    /// <summary>The text of the error span next to the input named <paramref name="field"/>.</summary>
    public static string ErrorNextTo(string html, string field)
    {
        var match = Regex.Match(html, $"<span[^>]*data-error-for=\"{Regex.Escape(field)}\"[^>]*>(?<text>.*?)</span>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no error span for {field}");
        return WebUtility.HtmlDecode(Regex.Replace(match.Groups["text"].Value, "<[^>]*>", string.Empty)).Trim();
    }

    public static string IdFrom(HttpResponseMessage saved)
    {
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var location = TenantClient.Location(saved);
        Assert.Matches("^/hoa-an/admin/contents/[0-9a-f]{32}/edit$", location);
        return location.Split('/')[^2];
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
