using System.Net;
using System.Text.RegularExpressions;
using DanVan.AuditTrail.Data;
using DanVan.AuditTrail.Models;
using DanVan.Email.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Feedback;

/// <summary>
/// The captcha on the account forms: sign-in asks after 3 failed attempts of a name or from an address, the
/// forgotten-password form always; a wrong code is refused before the password is looked at. Each case has its own
/// client address, so the counts of one never reach another.
/// </summary>
[Collection(FeedbackSiteCollection.Name)]
public sealed partial class SignInCaptchaTests(FeedbackSiteFixture site)
{
    private const string Password = OrchardWebApplicationFactory.AdminPassword;
    private const string WrongCode = "Mã kiểm tra không đúng hoặc đã hết hạn. Vui lòng nhập mã mới.";

    private TenantClient From(string prefix, int lastByte) => site.ClientFrom(prefix, IPAddress.Parse("203.0.113." + lastByte));

    private static string? CaptchaId(string html) => CaptchaIdField().Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    private static async Task<(HttpResponseMessage Response, string Html)> SignInAsync(TenantClient client, string user, string password, IDictionary<string, string>? captcha = null)
    {
        var fields = new Dictionary<string, string> { ["UserName"] = user, ["Password"] = password };
        foreach (var (key, value) in captcha ?? new Dictionary<string, string>())
        {
            fields[key] = value;
        }

        var response = await client.PostFormAsync("/login", "/login", fields);
        return (response, await response.Content.ReadAsStringAsync());
    }

    private async Task<int> FailedCountAsync(string tenant, string user)
    {
        var count = -1;
        await site.InTenantAsync(tenant, async services =>
        {
            var users = services.GetRequiredService<UserManager<IdentityUser>>();
            count = await users.GetAccessFailedCountAsync((await users.FindByNameAsync(user))!);
        });
        return count;
    }

    [Fact]
    public async Task After_three_wrong_passwords_the_right_one_without_the_code_is_refused_and_with_the_right_code_it_signs_in()
    {
        await site.CreateUserAsync("HoaAn", "ma-dang-nhap-1", "Editor");
        var client = From("/hoa-an", 11);
        Assert.Null(CaptchaId(await client.GetStringAsync("/login")));

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var (wrong, html) = await SignInAsync(client, "ma-dang-nhap-1", "sai-mat-khau-" + attempt);
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Equal(attempt == 3, html.Contains("data-human-check", StringComparison.Ordinal));
        }

        var (refused, refusedHtml) = await SignInAsync(client, "ma-dang-nhap-1", Password);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.False(refused.Headers.Contains("Set-Cookie") && refused.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("danvan_auth", StringComparison.Ordinal)));
        Assert.Contains(WrongCode, refusedHtml);
        Assert.NotNull(CaptchaId(refusedHtml));
        // The password was not looked at: no lockout attempt was spent on it. The refusal is in the audit trail, under no one's name.
        Assert.Equal(3, await FailedCountAsync("HoaAn", "ma-dang-nhap-1"));
        List<AuditTrailEvent> refusals = [];
        await site.InTenantAsync("HoaAn", async services => refusals = await services.GetRequiredService<AuditTrailDbContext>().Events.AsNoTracking()
            .Where(e => e.Name == "HumanCheckRefused" && e.Details == "Tên đăng nhập đã gõ: ma-dang-nhap-1").ToListAsync());
        Assert.True(string.IsNullOrEmpty(Assert.Single(refusals).UserName));

        var page = await client.GetStringAsync("/login");
        var id = CaptchaId(page) ?? throw new InvalidOperationException("the sign-in page shows no code after three failures");
        var (signedIn, _) = await SignInAsync(client, "ma-dang-nhap-1", Password,
            new Dictionary<string, string> { ["CaptchaId"] = id, ["CaptchaAnswer"] = await site.CaptchaAnswerAsync("HoaAn", id) });

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/hoa-an/admin", TenantClient.Location(signedIn));
    }

    [Fact]
    public async Task A_wrong_code_gets_the_same_answer_whether_the_password_is_right_or_not()
    {
        await site.CreateUserAsync("HoaAn", "ma-dang-nhap-2", "Editor");
        var client = From("/hoa-an", 12);
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await SignInAsync(client, "ma-dang-nhap-2", "sai-mat-khau-" + attempt);
        }

        var code = new Dictionary<string, string> { ["CaptchaId"] = "0123456789abcdef0123456789abcdef", ["CaptchaAnswer"] = "SAI00" };
        var (right, rightHtml) = await SignInAsync(client, "ma-dang-nhap-2", Password, code);
        var (wrong, wrongHtml) = await SignInAsync(client, "ma-dang-nhap-2", "sai-mat-khau-9", code);

        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(Normalize(rightHtml), Normalize(wrongHtml));
        Assert.Contains(WrongCode, rightHtml);
        Assert.DoesNotContain("Không đăng nhập được", rightHtml);
    }

    [Fact]
    public async Task A_name_that_failed_from_elsewhere_is_asked_everywhere_and_a_clean_name_from_a_clean_address_is_not()
    {
        await site.CreateUserAsync("TraLinh", "ma-dang-nhap-3", "Editor");
        var attacker = From("/tra-linh", 13);
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await SignInAsync(attacker, "ma-dang-nhap-3", "sai-mat-khau-" + attempt);
        }

        var owner = From("/tra-linh", 14);
        Assert.Null(CaptchaId(await owner.GetStringAsync("/login")));
        var (asked, askedHtml) = await SignInAsync(owner, "ma-dang-nhap-3", Password);
        Assert.Equal(HttpStatusCode.BadRequest, asked.StatusCode);
        Assert.NotNull(CaptchaId(askedHtml));

        var (admin, _) = await SignInAsync(From("/tra-linh", 15), "admin", Password);
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);

        // The attacker's address is asked whatever name it types next.
        Assert.NotNull(CaptchaId(await attacker.GetStringAsync("/login")));
        var (other, _) = await SignInAsync(attacker, "admin", Password);
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
    }

    [Fact]
    public async Task The_forgotten_password_form_always_asks_and_without_the_code_sends_nothing()
    {
        var client = From("/tra-linh", 16);
        var form = await client.GetStringAsync("/account/forgot-password");
        Assert.NotNull(CaptchaId(form));
        Assert.Contains("Câu hỏi thay thế", form);
        var before = await ResetMailsAsync("TraLinh");

        var refused = await client.PostFormAsync("/account/forgot-password", "/account/forgot-password", new() { ["Email"] = "admin@example.vn" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains(WrongCode, html);
        Assert.NotNull(CaptchaId(html));
        Assert.Equal(before, await ResetMailsAsync("TraLinh"));

        var page = await client.GetStringAsync("/account/forgot-password");
        var id = CaptchaId(page)!;
        var sent = await client.PostFormAsync("/account/forgot-password", "/account/forgot-password", new()
        {
            ["Email"] = "admin@example.vn",
            ["CaptchaId"] = id,
            ["CaptchaAnswer"] = await site.CaptchaAnswerAsync("TraLinh", id),
        });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(before + 1, await ResetMailsAsync("TraLinh"));
    }

    [Fact]
    public async Task The_question_in_words_link_opens_the_form_with_a_question_that_signs_in()
    {
        await site.CreateUserAsync("HoaAn", "ma-dang-nhap-4", "Editor");
        var client = From("/hoa-an", 17);
        var page = await client.GetStringAsync("/login?ma-kiem-tra=cau-hoi");
        Assert.Contains("bằng mấy?", page);
        Assert.DoesNotContain("human-check__image", page);
        Assert.Contains("href=\"/hoa-an/login?ma-kiem-tra=doi\"", page);
        var id = CaptchaId(page)!;

        var (signedIn, _) = await SignInAsync(client, "ma-dang-nhap-4", Password,
            new Dictionary<string, string> { ["CaptchaId"] = id, ["CaptchaAnswer"] = await site.CaptchaAnswerAsync("HoaAn", id) });

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task In_a_district_without_the_feature_sign_in_and_forgotten_password_ask_nothing()
    {
        var tenant = await site.DistrictWithoutFeedbackAsync();
        await site.CreateUserAsync(tenant.Name, "ma-dang-nhap-5", "Editor");
        var client = From("/" + tenant.RequestUrlPrefix, 18);
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var (wrong, html) = await SignInAsync(client, "ma-dang-nhap-5", "sai-mat-khau-" + attempt);
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.DoesNotContain("data-human-check", html);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(client, "ma-dang-nhap-5", Password)).Response.StatusCode);
        Assert.DoesNotContain("data-human-check", await client.GetStringAsync("/account/forgot-password"));
        Assert.Equal(HttpStatusCode.Redirect,
            (await client.PostFormAsync("/account/forgot-password", "/account/forgot-password", new() { ["Email"] = "admin@example.vn" })).StatusCode);
    }

    private async Task<int> ResetMailsAsync(string tenant)
    {
        var count = 0;
        await site.InTenantAsync(tenant, async services =>
            count = await services.GetRequiredService<EmailDbContext>().Outbox.CountAsync(m => m.To == "admin@example.vn"));
        return count;
    }

    // The pages differ only by their one-time values: tokens and question ids.
    private static string Normalize(string html) => OneTimeValues().Replace(html, "value=\"…\"");

    [GeneratedRegex("name=\"CaptchaId\" value=\"([^\"]+)\"")]
    private static partial Regex CaptchaIdField();

    [GeneratedRegex("value=\"[0-9a-f]{32}\"|value=\"CfDJ8[^\"]*\"|/gop-y/ma-kiem-tra/[0-9a-f]{32}")]
    private static partial Regex OneTimeValues();
}
