using System.Net;
using System.Text.RegularExpressions;

namespace DanVan.Web.Tests.Feedback;

/// <summary>A reader at a tenant's /gop-y: opens the form, reads the captcha question's id and token from it, sends.</summary>
public sealed partial class FeedbackReader(FeedbackSiteFixture site, string tenant, string prefix, TenantClient? client = null)
{
    public TenantClient Client { get; } = client ?? site.Client(prefix);

    public string Tenant { get; } = tenant;

    /// <summary>The last form page this reader saw.</summary>
    public string Html { get; private set; } = string.Empty;

    public string? CaptchaId => Field("CaptchaId");

    public static Dictionary<string, string> Message(string subject, string body = "Đề nghị Ban quan tâm tới việc sửa đường liên thôn trước mùa mưa.") => new()
    {
        ["Name"] = "Nguyễn Văn Bình",
        ["Email"] = "binh.nguyen@example.vn",
        ["Phone"] = "0912 345 678",
        ["Subject"] = subject,
        ["Body"] = body,
    };

    public async Task<string> OpenAsync(string path = "/gop-y")
    {
        var response = await Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Html = await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts to a form action with the token of the last page; the page answered becomes the current one.</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, Dictionary<string, string> fields)
    {
        var body = new Dictionary<string, string>(fields);
        if (Field("__RequestVerificationToken") is { } token)
        {
            body["__RequestVerificationToken"] = token;
        }

        var response = await Client.Http.PostAsync(Client.Url(path), new FormUrlEncodedContent(body));
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            Html = await response.Content.ReadAsStringAsync();
        }

        return response;
    }

    /// <summary>Sends the message from the current page, answering its captcha with <paramref name="answer"/> (default: the right one, read from the database).</summary>
    public async Task<HttpResponseMessage> SendAsync(Dictionary<string, string> fields, string? answer = null, string? captchaId = null)
    {
        captchaId ??= CaptchaId ?? throw new InvalidOperationException("The page has no captcha question.");
        answer ??= await site.CaptchaAnswerAsync(Tenant, captchaId);
        var body = new Dictionary<string, string>(fields) { ["CaptchaId"] = captchaId, ["CaptchaAnswer"] = answer };
        if (Html.Contains("name=\"captcha-kind\" value=\"cau-hoi\"", StringComparison.Ordinal))
        {
            body["captcha-kind"] = "cau-hoi";
        }

        return await PostAsync("/gop-y", body);
    }

    public async Task<HttpResponseMessage> OpenAndSendAsync(Dictionary<string, string> fields)
    {
        await OpenAsync();
        return await SendAsync(fields);
    }

    public string? Field(string name)
    {
        var match = Regex.Match(Html, $"name=\"{Regex.Escape(name)}\" (?:type=\"hidden\" )?value=\"([^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    /// <summary>The text of the error paragraph under a field, or null.</summary>
    public string? ErrorOf(string field)
    {
        var match = Regex.Match(Html, $"<p class=\"feedback-error\" id=\"fb-{Regex.Escape(field)}-error\">([^<]*)</p>");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }
}
