using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace DanVan.Bench;

/// <summary>
/// A browser-like client of one tenant of a running site: its own cookies, the antiforgery token read from the page
/// that holds the form, redirects not followed (so a sign-in page or a refusal is seen, not silently loaded).
/// </summary>
public sealed partial class SiteClient : IDisposable
{
    private readonly HttpClient http;

    /// <param name="baseUrl">The site, e.g. <c>http://127.0.0.1:5080</c>.</param>
    /// <param name="prefix">The tenant's URL prefix without slashes (<c>huyen-1</c>), empty for the Default tenant.</param>
    public SiteClient(string baseUrl, string prefix)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            CookieContainer = new CookieContainer(),
            UseCookies = true,
        };
        http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl.TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(60) };
        Prefix = prefix.Trim('/');
    }

    public string Prefix { get; }

    /// <summary>A tenant-relative path ("/admin/media") as a path under the site ("huyen-1/admin/media").</summary>
    public string Url(string path) => (Prefix.Length == 0 ? string.Empty : Prefix + "/") + path.TrimStart('/');

    public Task<HttpResponseMessage> GetAsync(string path, CancellationToken cancellationToken) =>
        http.GetAsync(Url(path), cancellationToken);

    /// <summary>Signs in through the login form; throws <see cref="SoakFailedException"/> unless the site redirects to the admin.</summary>
    public async Task SignInAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var token = await TokenAsync("/login", cancellationToken);
        using var response = await http.PostAsync(Url("/login"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }), cancellationToken);
        var location = Location(response);
        if (response.StatusCode != HttpStatusCode.Redirect || location.Contains("/login", StringComparison.Ordinal))
        {
            throw new SoakFailedException($"sign-in as '{userName}' on '/{Prefix}' answered {(int)response.StatusCode} {location}");
        }
    }

    /// <summary>Loads <paramref name="formPage"/> and returns its antiforgery token, as a browser showing the form has it.</summary>
    public async Task<string> TokenAsync(string formPage, CancellationToken cancellationToken)
    {
        using var page = await http.GetAsync(Url(formPage), cancellationToken);
        var token = TokenIn(await page.Content.ReadAsStringAsync(cancellationToken));
        if (page.StatusCode != HttpStatusCode.OK || token is null)
        {
            throw new SoakFailedException($"GET /{Url(formPage)} answered {(int)page.StatusCode} {Location(page)} without a form token");
        }

        return token;
    }

    /// <summary>The antiforgery token of the first form on a page, or null.</summary>
    public static string? TokenIn(string html) =>
        AntiforgeryField().Match(html) is { Success: true } token ? WebUtility.HtmlDecode(token.Groups[1].Value) : null;

    /// <summary>Posts <paramref name="fields"/> (which carry their own token) url-encoded to <paramref name="path"/>.</summary>
    public Task<HttpResponseMessage> PostRawFormAsync(string path, IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken) =>
        http.PostAsync(Url(path), new FormUrlEncodedContent(fields), cancellationToken);

    /// <summary>Loads <paramref name="formPage"/> for its token, then posts <paramref name="fields"/> url-encoded to <paramref name="path"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string path, IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken)
    {
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = await TokenAsync(formPage, cancellationToken) };
        return await PostRawFormAsync(path, body, cancellationToken);
    }

    /// <summary>Loads <paramref name="formPage"/> for its token, then posts one file (and <paramref name="fields"/>) as multipart.</summary>
    public async Task<HttpResponseMessage> PostFileAsync(
        string formPage, string path, string fileField, string fileName, string contentType, byte[] content,
        IReadOnlyDictionary<string, string> fields, bool acceptJson, CancellationToken cancellationToken)
    {
        var token = await TokenAsync(formPage, cancellationToken);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, fileField, fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, Url(path)) { Content = form };
        if (acceptJson)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        return await http.SendAsync(request, cancellationToken);
    }

    /// <summary>The redirect target as path and query (the cookie handler writes absolute URLs, MVC relative ones).</summary>
    public static string Location(HttpResponseMessage response) => response.Headers.Location switch
    {
        null => string.Empty,
        { IsAbsoluteUri: true } uri => uri.PathAndQuery,
        var uri => uri.OriginalString,
    };

    public void Dispose() => http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
