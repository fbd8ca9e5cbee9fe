using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Feedback;

/// <summary>Sending the form is limited per tenant and address: the 6th post within a minute answers 429 in Vietnamese.</summary>
public sealed class FeedbackRateLimitTests(FeedbackRateLimitTests.Site site) : IClassFixture<FeedbackRateLimitTests.Site>
{
    [Fact]
    public async Task The_sixth_post_within_a_minute_answers_429_with_a_vietnamese_page_and_another_tenant_is_not_affected()
    {
        var client = site.Client("/hoa-an");
        var fields = FeedbackReader.Message("Gửi dồn dập");
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add((await client.PostFormAsync("/gop-y", "/gop-y", fields)).StatusCode);
        }

        // Wrong captcha on each (400): they count all the same.
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.BadRequest, 5), answers.Take(5));
        var limited = await client.PostFormAsync("/gop-y", "/gop-y", fields);
        Assert.Equal((HttpStatusCode)429, limited.StatusCode);
        Assert.Contains("quá nhiều lần", await limited.Content.ReadAsStringAsync());
        Assert.True(limited.Headers.RetryAfter is not null);

        // The portal: Trà Lĩnh's budget of codes is the next test's to spend (opening the form draws one).
        var other = site.Client(string.Empty);
        Assert.Equal(HttpStatusCode.BadRequest, (await other.PostFormAsync("/gop-y", "/gop-y", fields)).StatusCode);
    }

    [Fact]
    public async Task Drawing_codes_is_limited_per_tenant_and_address_the_image_and_new_code_answering_429_after_20_a_minute()
    {
        var client = site.Client("/tra-linh");
        var form = await client.GetAsync("/gop-y"); // the first of the 20: opening the form draws a code too
        var token = AntiforgeryToken(await form.Content.ReadAsStringAsync());
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 19; i++)
        {
            answers.Add((await client.GetAsync("/gop-y/ma-kiem-tra/khong-co-" + i)).StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.NotFound, 19), answers);
        Assert.Equal((HttpStatusCode)429, (await client.GetAsync("/gop-y/ma-kiem-tra/khong-co")).StatusCode);
        var fields = FeedbackReader.Message("Đổi mã liên tục");
        fields["__RequestVerificationToken"] = token;
        var newCode = await client.Http.PostAsync(client.Url("/gop-y/doi-ma"), new FormUrlEncodedContent(fields));
        Assert.Equal((HttpStatusCode)429, newCode.StatusCode);
        Assert.Contains("quá nhiều lần", await newCode.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await site.Client(string.Empty).PostFormAsync("/gop-y", "/gop-y/doi-ma", FeedbackReader.Message("Trang khác"))).StatusCode);
    }

    [Fact]
    public async Task Opening_the_form_writes_a_code_so_the_21st_view_within_a_minute_answers_429_in_vietnamese()
    {
        var client = site.Client("/thach-an");
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            answers.Add((await client.GetAsync("/gop-y")).StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 20), answers);
        var limited = await client.GetAsync("/gop-y");
        Assert.Equal((HttpStatusCode)429, limited.StatusCode);
        Assert.Contains("quá nhiều lần", await limited.Content.ReadAsStringAsync());
        Assert.True(limited.Headers.RetryAfter is not null);
        Assert.Equal(20, await OpenQuestionsAsync("ThachAn"));
    }

    [Fact]
    public async Task The_forgotten_password_page_draws_at_most_20_codes_a_minute_for_an_address_then_says_so_without_writing_one()
    {
        var client = site.Client("/hoa-an");
        var before = await OpenQuestionsAsync("HoaAn");
        var pages = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            pages.Add(await client.GetStringAsync("/account/forgot-password"));
        }

        Assert.All(pages, page => Assert.Contains("name=\"CaptchaId\"", page));
        var limited = await client.GetStringAsync("/account/forgot-password");

        Assert.Contains("Đã tạo quá nhiều mã kiểm tra từ địa chỉ của bạn", limited);
        Assert.DoesNotContain("name=\"CaptchaId\"", limited);
        Assert.Equal(before + 20, await OpenQuestionsAsync("HoaAn"));
    }

    private async Task<int> OpenQuestionsAsync(string tenant)
    {
        var open = 0;
        await site.InTenantAsync(tenant, async services =>
            open = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
                services.GetRequiredService<DanVan.Feedback.Data.FeedbackDbContext>().Challenges));
        return open;
    }

    private static string AntiforgeryToken(string html) => WebUtility.HtmlDecode(
        System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);

    public sealed class Site : OrchardWebApplicationFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            _ = Server;
            await Get<DanVan.Orchard.Tenancy.TenantSetupService>().SetupAsync("Default", SetupRequest("province-portal"), CancellationToken.None);
            await CreateAndSetupAsync("HoaAn", "hoa-an", "Ban Dân vận Huyện ủy Hòa An", "district-board");
            await CreateAndSetupAsync("TraLinh", "tra-linh", "Ban Dân vận Huyện ủy Trà Lĩnh", "district-board");
            // Its own tenant, so the count of views starts at zero whichever test ran first.
            await CreateAndSetupAsync("ThachAn", "thach-an", "Ban Dân vận Huyện ủy Thạch An", "district-board");
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

        /// <summary>The limits as shipped (the other test sites raise them).</summary>
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("DanVan:Feedback:RateLimit:CaptchaPermitLimit", "20");
        }
    }
}
