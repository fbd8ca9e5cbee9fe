using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Hardening;

/// <summary>The sign-in form does not tell which user names exist, nor which accounts are disabled or locked out.</summary>
public sealed partial class SignInEnumerationTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private const string Password = OrchardWebApplicationFactory.AdminPassword;
    private const string Refused =
        "Không đăng nhập được: tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang bị khóa. " +
        "Hãy kiểm tra lại, dùng “Quên mật khẩu?” hoặc liên hệ quản trị viên của trang.";

    [Fact]
    public async Task Unknown_user_wrong_password_disabled_and_locked_out_get_the_same_answer()
    {
        await site.CreateUserAsync("TraLinh", "co-that", "Author");
        var disabledId = await site.CreateUserAsync("TraLinh", "da-vo-hieu", "Author");
        var lockedId = await site.CreateUserAsync("TraLinh", "dang-bi-khoa", "Author");
        await site.InTenantAsync("TraLinh", async services =>
        {
            var users = services.GetRequiredService<UserManager<IdentityUser>>();
            var disabled = (await users.FindByIdAsync(disabledId))!;
            Assert.True((await users.SetLockoutEnabledAsync(disabled, true)).Succeeded);
            Assert.True((await users.SetLockoutEndDateAsync(disabled, DateTimeOffset.MaxValue)).Succeeded);
            var locked = (await users.FindByIdAsync(lockedId))!;
            Assert.True((await users.SetLockoutEndDateAsync(locked, DateTimeOffset.UtcNow.AddMinutes(15))).Succeeded);
        });
        var client = site.Client("/tra-linh");

        var answers = new[]
        {
            await client.LoginAsync("khong-ton-tai", Password),
            await client.LoginAsync("co-that", "sai-mat-khau-123"),
            await client.LoginAsync("da-vo-hieu", Password),
            await client.LoginAsync("dang-bi-khoa", Password),
        };

        foreach (var answer in answers)
        {
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
            Assert.Equal(Refused, await SummaryAsync(answer));
        }
    }

    [Fact]
    public async Task Unknown_and_disabled_users_cost_a_password_hash_like_real_ones()
    {
        var hasher = new CountingPasswordHasher();
        using var counted = site.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<IdentityUser>>(hasher)));
        var disabledId = await site.CreateUserAsync("TraLinh", "vo-hieu-tinh-gio", "Author");
        await site.InTenantAsync("TraLinh", async services =>
        {
            var users = services.GetRequiredService<UserManager<IdentityUser>>();
            var disabled = (await users.FindByIdAsync(disabledId))!;
            Assert.True((await users.SetLockoutEndDateAsync(disabled, DateTimeOffset.MaxValue)).Succeeded);
        });
        var client = new TenantClient(counted.CreateClient(new() { AllowAutoRedirect = false }), "/tra-linh");

        foreach (var userName in new[] { "khong-co-ai", "vo-hieu-tinh-gio" })
        {
            var before = hasher.Verifications;
            Assert.Equal(HttpStatusCode.BadRequest, (await client.LoginAsync(userName, "mot-mat-khau-1")).StatusCode);
            Assert.True(hasher.Verifications > before, $"no password was hashed for {userName}");
        }
    }

    private static async Task<string> SummaryAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var summary = Summary().Match(html);
        Assert.True(summary.Success, "no validation summary on the page");
        return WebUtility.HtmlDecode(Tags().Replace(summary.Groups[1].Value, string.Empty)).Trim();
    }

    [GeneratedRegex("<div class=\"validation-summary[^\"]*\"[^>]*>(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex Summary();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    private sealed class CountingPasswordHasher : IPasswordHasher<IdentityUser>
    {
        private readonly PasswordHasher<IdentityUser> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(IdentityUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(IdentityUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
