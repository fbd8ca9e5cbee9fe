using System.Globalization;
using System.Net;
using DanVan.Email.Smtp;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Email;

/// <summary>
/// The stored SMTP password goes only to the server and account it was typed for: whoever changes the host, port or
/// user name without typing it again must not have it sent (in AUTH) to a server of their choosing.
/// </summary>
public sealed class EmailPasswordDestinationTests(EmailSiteFixture site) : IClassFixture<EmailSiteFixture>
{
    private const string Secret = "mat-khau-bi-mat-1";

    [Fact]
    public async Task An_empty_password_keeps_the_stored_one_only_while_host_port_and_user_name_stay_the_same()
    {
        await site.CreateAndSetupAsync("DoiMay", "doi-may", "Ban Dân vận Huyện ủy Đổi Máy", "district-board");
        var admin = site.Client("/doi-may");
        await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);
        var port = site.Smtp.Port.ToString(CultureInfo.InvariantCulture);

        await SaveAsync(admin, Form("smtp.dung.example.vn", port, "hop-thu", Secret));
        Assert.Equal(Secret, await StoredPasswordAsync());

        // The same destination, other fields changed, the box left empty: kept.
        await SaveAsync(admin, Form("SMTP.Dung.example.vn", port, "hop-thu", "", sender: "Tên khác"));
        Assert.Equal(Secret, await StoredPasswordAsync());

        // Another host: dropped, and the page says why.
        await SaveAsync(admin, Form("smtp.ke-gian.example.vn", port, "hop-thu", ""));
        Assert.Null(await StoredPasswordAsync());
        Assert.Contains("Mật khẩu đã lưu bị xoá vì máy chủ, cổng hoặc tên đăng nhập đã đổi", await admin.GetStringAsync("/admin/email"));

        // Another port, another user name: dropped too; typed again, it is kept for the new destination.
        await SaveAsync(admin, Form("smtp.dung.example.vn", port, "hop-thu", Secret));
        await SaveAsync(admin, Form("smtp.dung.example.vn", "2525", "hop-thu", ""));
        Assert.Null(await StoredPasswordAsync());
        await SaveAsync(admin, Form("smtp.dung.example.vn", port, "hop-thu", Secret));
        await SaveAsync(admin, Form("smtp.dung.example.vn", port, "nguoi-khac", ""));
        Assert.Null(await StoredPasswordAsync());
        await SaveAsync(admin, Form("smtp.moi.example.vn", "2525", "nguoi-khac", "mat-khau-moi-2"));
        Assert.Equal("mat-khau-moi-2", await StoredPasswordAsync());
    }

    private static async Task SaveAsync(TenantClient admin, Dictionary<string, string> form) =>
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/email", "/admin/email", form)).StatusCode);

    private async Task<string?> StoredPasswordAsync()
    {
        string? password = null;
        await site.InTenantAsync("DoiMay", async services =>
        {
            var store = services.GetRequiredService<EmailSettingsStore>();
            password = store.Unprotect(await store.GetAsync(CancellationToken.None));
        });
        return password;
    }

    private static Dictionary<string, string> Form(string host, string port, string userName, string password, string sender = "Hộp thư") => new()
    {
        ["Host"] = host,
        ["Port"] = port,
        ["EncryptionMethod"] = nameof(SmtpEncryptionMethod.None),
        ["RequireCredentials"] = "true",
        ["UserName"] = userName,
        ["Password"] = password,
        ["DefaultSender"] = "hop-thu@doi-may.example.vn",
        ["SenderName"] = sender,
    };
}
