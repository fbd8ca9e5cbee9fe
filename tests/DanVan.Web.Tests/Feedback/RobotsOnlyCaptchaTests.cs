using System.Net;
using DanVan.Feedback.Captcha;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Feedback;

/// <summary>
/// "Robots only": the reader's form of Hòa An asks for the captcha only from an address that sent more than N posts in
/// M minutes, or failed to sign in; set (and checked) on the settings page. Each case has its own client address.
/// </summary>
[Collection(FeedbackSiteCollection.Name)]
public sealed class RobotsOnlyCaptchaTests(FeedbackSiteFixture site) : IAsyncLifetime
{
    private const string Tenant = "HoaAn";

    async Task IAsyncLifetime.InitializeAsync()
    {
        var admin = site.Client("/hoa-an");
        await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);
        var saved = await admin.PostFormAsync("/admin/feedback/captcha", "/admin/feedback/captcha",
            new() { ["Mode"] = "Off", ["RobotsOnly"] = "true", ["RobotPostLimit"] = "2", ["RobotWindowMinutes"] = "10" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    /// <summary>The other feedback tests expect Hòa An's form to always ask.</summary>
    Task IAsyncLifetime.DisposeAsync() => site.InTenantAsync(Tenant, services =>
        services.GetRequiredService<ReCaptchaSettingsStore>().SaveAsync(new ReCaptchaSettings { Mode = ReCaptchaMode.Off }, CancellationToken.None));

    private FeedbackReader From(int lastByte) =>
        new(site, Tenant, "/hoa-an", site.ClientFrom("/hoa-an", IPAddress.Parse("198.51.100." + lastByte)));

    private static async Task<HttpResponseMessage> SendWithoutCaptchaAsync(FeedbackReader reader, string subject)
    {
        await reader.OpenAsync();
        return await reader.PostAsync("/gop-y", FeedbackReader.Message(subject, "Nội dung riêng của " + subject));
    }

    [Fact]
    public async Task Two_posts_need_no_captcha_the_third_from_that_address_does_and_another_address_is_not_asked()
    {
        var busy = From(21);
        await busy.OpenAsync();
        Assert.Null(busy.CaptchaId);
        Assert.DoesNotContain("feedback-captcha", busy.Html);

        Assert.Equal(HttpStatusCode.Redirect, (await SendWithoutCaptchaAsync(busy, "Lần gửi một")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SendWithoutCaptchaAsync(busy, "Lần gửi hai")).StatusCode);
        var third = await SendWithoutCaptchaAsync(busy, "Lần gửi ba");

        Assert.Equal(HttpStatusCode.BadRequest, third.StatusCode);
        Assert.Equal("Chưa xác nhận được bạn không phải máy. Vui lòng nhập mã kiểm tra.", busy.ErrorOf("CaptchaAnswer"));
        Assert.NotNull(busy.CaptchaId);
        Assert.Equal(HttpStatusCode.Redirect, (await busy.SendAsync(FeedbackReader.Message("Lần gửi ba", "Nội dung riêng của Lần gửi ba"))).StatusCode);
        var subjects = (await site.MessagesAsync(Tenant)).Select(m => m.Subject).ToList();
        Assert.Contains("Lần gửi hai", subjects);
        Assert.Single(subjects, s => s == "Lần gửi ba");

        var calm = From(22);
        await calm.OpenAsync();
        Assert.Null(calm.CaptchaId);
        Assert.Equal(HttpStatusCode.Redirect, (await SendWithoutCaptchaAsync(calm, "Người khác gửi")).StatusCode);
    }

    [Fact]
    public async Task An_address_that_failed_to_sign_in_is_asked_on_the_form()
    {
        var guesser = site.ClientFrom("/hoa-an", IPAddress.Parse("198.51.100.23"));
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await guesser.LoginAsync("ai-do-" + attempt, "doan-mat-khau");
        }

        var reader = new FeedbackReader(site, Tenant, "/hoa-an", guesser);
        await reader.OpenAsync();

        Assert.NotNull(reader.CaptchaId);
        Assert.Equal(HttpStatusCode.BadRequest, (await reader.PostAsync("/gop-y", FeedbackReader.Message("Sau khi đoán mật khẩu"))).StatusCode);
    }

    [Fact]
    public async Task The_settings_page_refuses_counts_out_of_range_in_vietnamese()
    {
        var admin = site.Client("/hoa-an");
        await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);

        var bad = await admin.PostFormAsync("/admin/feedback/captcha", "/admin/feedback/captcha",
            new() { ["Mode"] = "Off", ["RobotsOnly"] = "true", ["RobotPostLimit"] = "0", ["RobotWindowMinutes"] = "99999" });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("Số lần gửi là một số nguyên từ 1 đến 1000", html);
        Assert.Contains("Số phút là một số nguyên từ 1 đến 1440", html);
        await site.InTenantAsync(Tenant, async services =>
        {
            var settings = await services.GetRequiredService<ReCaptchaSettingsStore>().GetAsync(CancellationToken.None);
            Assert.Equal((true, 2, 10), (settings.RobotsOnly, settings.RobotPostLimit, settings.RobotWindowMinutes));
        });
    }
}
