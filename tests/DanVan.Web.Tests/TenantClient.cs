using System.Net;
using System.Text.RegularExpressions;

namespace DanVan.Web.Tests;

/// <summary>A browser-like client of one tenant: its own cookies, antiforgery tokens read from the pages it loads.</summary>
public sealed partial class TenantClient(HttpClient http, string prefix)
{
    public HttpClient Http { get; } = http;

    /// <summary>"/hoa-an" or "" for the Default tenant.</summary>
    public string Prefix { get; } = prefix;

    public string Url(string path) => Prefix + path;

    public Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync(Url(path));

    public async Task<string> GetStringAsync(string path)
    {
        var response = await GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {Url(path)} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    public async Task<HttpResponseMessage> LoginAsync(string userName, string password)
    {
        return await PostFormAsync("/login", "/login", new() { ["UserName"] = userName, ["Password"] = password });
    }

    /// <summary>
    /// Answers an account form's offline captcha (sign-in, forgotten password) from the tenant's database when a form
    /// page shows one and the fields carry no answer: what a person does, for tests about something else. Null: never.
    /// </summary>
    public Func<string, Task<string>>? CaptchaAnswers { get; init; }

    /// <summary>This client (same cookies) answering the account forms' captcha from <paramref name="site"/>'s databases, e.g. for a client of a host derived with <c>WithWebHostBuilder</c>.</summary>
    public TenantClient AnsweringCaptchas(OrchardWebApplicationFactory site) =>
        new(Http, Prefix) { CaptchaAnswers = id => site.CaptchaAnswerAsync(site.TenantAt(Prefix), id) };

    /// <summary>Loads <paramref name="formPage"/> for its antiforgery token, then posts <paramref name="fields"/> to <paramref name="path"/>.</summary>
    public Task<HttpResponseMessage> PostFormAsync(string formPage, string path, Dictionary<string, string> fields) =>
        PostFormAsync(formPage, path, (IEnumerable<KeyValuePair<string, string>>)fields);

    /// <summary>As above, with a name given more than once for a multiple choice.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await Http.GetAsync(Url(formPage));
        var html = await page.Content.ReadAsStringAsync();
        var token = AntiforgeryField().Match(html);
        Assert.True(token.Success, $"no antiforgery token on {Url(formPage)} ({(int)page.StatusCode})");
        // The token of this page replaces one read from an earlier page with the other fields.
        var body = fields.Where(f => f.Key != "__RequestVerificationToken")
            .Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        if (CaptchaAnswers is not null && html.Contains("data-human-check", StringComparison.Ordinal) &&
            CaptchaIdField().Match(html) is { Success: true } captcha && !fields.Any(f => f.Key == "CaptchaAnswer"))
        {
            var id = WebUtility.HtmlDecode(captcha.Groups[1].Value);
            body = body.Append(new("CaptchaId", id)).Append(new("CaptchaAnswer", await CaptchaAnswers(id)));
        }

        return await Http.PostAsync(Url(path), new FormUrlEncodedContent(body));
    }

    /// <summary>The redirect target as path and query (the cookie handler writes absolute URLs, MVC relative ones).</summary>
    public static string Location(HttpResponseMessage response) => response.Headers.Location switch
    {
        null => string.Empty,
        { IsAbsoluteUri: true } uri => uri.PathAndQuery,
        var uri => uri.OriginalString,
    };

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("name=\"CaptchaId\" value=\"([^\"]+)\"")]
    private static partial Regex CaptchaIdField();
}
