using System.Net;
using System.Text.Json.Nodes;
using DanVan.Feedback.Captcha;
using DanVan.Orchard.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Feedback;

/// <summary>
/// reCAPTCHA on the portal's form, verified by the product's own client against a loopback siteverify server: success,
/// refusal, a low v3 score, and a server that never answers (the offline captcha takes over).
/// </summary>
[Collection(FeedbackSiteCollection.Name)]
public sealed class ReCaptchaTests(FeedbackSiteFixture site)
{
    /// <summary>Leaves the keys where a recipe's <c>Settings</c> step puts Orchard's <c>ReCaptchaSettings</c> group.</summary>
    private async Task UseReCaptchaAsync(string mode, string secret = LoopbackSiteVerify.Secret)
    {
        await site.InTenantAsync("Default", async services =>
        {
            var sites = services.GetRequiredService<SiteService>();
            var copy = (await sites.GetAsync(CancellationToken.None)).Clone();
            copy.Properties["ReCaptchaSettings"] = new JsonObject
            {
                ["SiteKey"] = "khoa-trang-thu-nghiem",
                ["SecretKey"] = secret,
                ["Mode"] = mode,
                ["ScoreThreshold"] = 0.5,
            };
            await sites.SaveAsync(copy, CancellationToken.None);
        });
        site.Get<ReCaptchaOutages>().Clear("Default");
        site.SiteVerify.Hang = false;
        site.SiteVerify.Score = 0.9;
    }

    private async Task<FeedbackReader> OpenAsync()
    {
        var reader = new FeedbackReader(site, "Default", string.Empty);
        await reader.OpenAsync();
        return reader;
    }

    private static Task<HttpResponseMessage> SendWithTokenAsync(FeedbackReader reader, string subject, string token)
    {
        var fields = FeedbackReader.Message(subject);
        fields["g-recaptcha-response"] = token;
        return reader.PostAsync("/gop-y", fields);
    }

    [Fact]
    public async Task With_recipe_keys_the_form_shows_googles_widget_and_a_good_token_is_accepted_by_siteverify()
    {
        await UseReCaptchaAsync("V2");
        var reader = await OpenAsync();

        Assert.Contains("data-sitekey=\"khoa-trang-thu-nghiem\"", reader.Html);
        Assert.Contains("src=\"https://www.google.com/recaptcha/api.js\"", reader.Html);
        Assert.Null(reader.CaptchaId);

        // Google's script and frame are allowed on the form's page only; other pages keep the site-only policy.
        var csp = string.Join(' ', (await reader.Client.GetAsync("/gop-y")).Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self' https://www.google.com/recaptcha/ https://www.gstatic.com/recaptcha/;", csp);
        Assert.Contains("frame-src 'self' https://www.google.com/recaptcha/ https://recaptcha.google.com/recaptcha/;", csp);
        Assert.DoesNotContain("google", string.Join(' ', (await reader.Client.GetAsync("/")).Headers.GetValues("Content-Security-Policy")));
        var sent = await SendWithTokenAsync(reader, "Qua reCAPTCHA", LoopbackSiteVerify.GoodToken);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Single(await site.MessagesAsync("Default"), m => m.Subject == "Qua reCAPTCHA");
        Assert.Contains((LoopbackSiteVerify.Secret, LoopbackSiteVerify.GoodToken), site.SiteVerify.Requests);
    }

    [Fact]
    public async Task A_token_siteverify_refuses_is_refused_with_the_text_kept()
    {
        await UseReCaptchaAsync("V2");
        var reader = await OpenAsync();

        var sent = await SendWithTokenAsync(reader, "Token giả", "token-gia");

        Assert.Equal(HttpStatusCode.BadRequest, sent.StatusCode);
        Assert.Equal("Chưa xác nhận được bạn không phải máy. Vui lòng nhập mã kiểm tra.", reader.ErrorOf("CaptchaAnswer"));
        Assert.Contains("value=\"Token giả\"", reader.Html);
        Assert.DoesNotContain(await site.MessagesAsync("Default"), m => m.Subject == "Token giả");
    }

    [Fact]
    public async Task A_v3_score_below_the_threshold_is_refused_and_one_above_is_accepted()
    {
        await UseReCaptchaAsync("V3");
        var form = await OpenAsync();
        Assert.Contains("data-recaptcha-v3=\"khoa-trang-thu-nghiem\"", form.Html);
        Assert.Contains("api.js?render=khoa-trang-thu-nghiem", form.Html);
        site.SiteVerify.Score = 0.2;
        var low = await SendWithTokenAsync(await OpenAsync(), "Điểm thấp", LoopbackSiteVerify.GoodToken);
        site.SiteVerify.Score = 0.7;
        var high = await SendWithTokenAsync(await OpenAsync(), "Điểm cao", LoopbackSiteVerify.GoodToken);

        Assert.Equal(HttpStatusCode.BadRequest, low.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, high.StatusCode);
        var subjects = (await site.MessagesAsync("Default")).Select(m => m.Subject).ToList();
        Assert.DoesNotContain("Điểm thấp", subjects);
        Assert.Contains("Điểm cao", subjects);
    }

    [Fact]
    public async Task When_siteverify_does_not_answer_in_time_the_reader_gets_the_offline_captcha_and_can_send_with_it()
    {
        await UseReCaptchaAsync("V2");
        var reader = await OpenAsync();
        site.SiteVerify.Hang = true;

        var started = DateTime.UtcNow;
        var timedOut = await SendWithTokenAsync(reader, "Google im lặng", LoopbackSiteVerify.GoodToken);

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(60), "the verification must give up after its timeout");
        Assert.Equal(HttpStatusCode.BadRequest, timedOut.StatusCode);
        Assert.Equal("Không kết nối được dịch vụ reCAPTCHA. Vui lòng nhập mã kiểm tra bên dưới.", reader.ErrorOf("CaptchaAnswer"));
        Assert.Contains("value=\"Google im lặng\"", reader.Html);
        Assert.NotNull(reader.CaptchaId);
        Assert.Contains("feedback-captcha__image", reader.Html);

        // The next reader is not made to wait for Google: the offline captcha is shown at once, and works.
        var next = await OpenAsync();
        Assert.NotNull(next.CaptchaId);
        Assert.Equal(HttpStatusCode.Redirect, (await next.SendAsync(FeedbackReader.Message("Gửi bằng mã tự vẽ"))).StatusCode);
        Assert.Contains(await site.MessagesAsync("Default"), m => m.Subject == "Gửi bằng mã tự vẽ");
    }

    [Fact]
    public async Task The_captcha_settings_page_saves_the_mode_and_keeps_the_secret_it_does_not_show()
    {
        await UseReCaptchaAsync("V2");
        var admin = site.Client(string.Empty);
        await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);
        var page = await admin.GetStringAsync("/admin/feedback/captcha");
        Assert.Contains("value=\"khoa-trang-thu-nghiem\"", page);
        Assert.DoesNotContain(LoopbackSiteVerify.Secret, page);

        var bad = await admin.PostFormAsync("/admin/feedback/captcha", "/admin/feedback/captcha",
            new() { ["Mode"] = "V3", ["SiteKey"] = "khoa-trang-thu-nghiem", ["ScoreThreshold"] = "2" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Ngưỡng điểm là một số từ 0 đến 1", await bad.Content.ReadAsStringAsync());

        var off = await admin.PostFormAsync("/admin/feedback/captcha", "/admin/feedback/captcha", new() { ["Mode"] = "Off" });
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.NotNull((await OpenAsync()).CaptchaId);
        await site.InTenantAsync("Default", async services =>
        {
            var store = services.GetRequiredService<ReCaptchaSettingsStore>();
            Assert.Equal(LoopbackSiteVerify.Secret, store.UnprotectSecret(await store.GetAsync(CancellationToken.None)));
        });
    }
}
