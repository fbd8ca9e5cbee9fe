using System.Net;
using System.Text.RegularExpressions;

namespace DanVan.Web.Tests.Hardening;

/// <summary>An antiforgery token and cookie of one tenant are worth nothing in another (no login CSRF across districts).</summary>
[Collection(AdminSiteCollection.Name)]
public sealed partial class TenantAntiforgeryTests(ProvisionedSiteFixture site)
{
    private const string Password = OrchardWebApplicationFactory.AdminPassword;

    [Fact]
    public async Task A_token_and_cookie_from_one_district_are_refused_by_another()
    {
        var (cookieName, cookieValue, token) = await FormOfAsync("/hoa-an/login");

        // The cookie is sent under its own name and under the name the other tenant reads.
        var crossed = await PostLoginAsync("/tra-linh/login", $"{cookieName}={cookieValue}; danvan_af.TraLinh={cookieValue}", token);
        var same = await PostLoginAsync("/hoa-an/login", $"{cookieName}={cookieValue}", token);

        Assert.Equal(HttpStatusCode.BadRequest, crossed.StatusCode);
        Assert.DoesNotContain("danvan_auth.", string.Join(";", crossed.Headers.TryGetValues("Set-Cookie", out var set) ? set : []));
        Assert.Equal(HttpStatusCode.Redirect, same.StatusCode);
        Assert.Equal("danvan_af.HoaAn", cookieName);
    }

    [Fact]
    public async Task The_portals_token_is_refused_by_a_district()
    {
        var (cookieName, cookieValue, token) = await FormOfAsync("/login");

        var crossed = await PostLoginAsync("/hoa-an/login", $"{cookieName}={cookieValue}; danvan_af.HoaAn={cookieValue}", token);

        Assert.Equal(HttpStatusCode.BadRequest, crossed.StatusCode);
        Assert.Equal("danvan_af.Default", cookieName);
    }

    private async Task<(string Name, string Value, string Token)> FormOfAsync(string url)
    {
        var page = await Anonymous().GetAsync(url);
        var html = await page.Content.ReadAsStringAsync();
        var cookie = page.Headers.GetValues("Set-Cookie")
            .Select(c => c.Split(';')[0].Split('=', 2))
            .Single(c => c[0].StartsWith("danvan_af", StringComparison.Ordinal) || c[0].Contains("Antiforgery", StringComparison.Ordinal));
        var token = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value);
        Assert.NotEmpty(token);
        return (cookie[0], cookie[1], token);
    }

    private async Task<HttpResponseMessage> PostLoginAsync(string url, string cookies, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = "admin", ["Password"] = Password, ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Add("Cookie", cookies);
        return await Anonymous().SendAsync(request);
    }

    private HttpClient Anonymous() => site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
