using System.Net;
using System.Text.Json.Nodes;
using DanVan.Feedback.Captcha;
using DanVan.Orchard.Data;
using DanVan.Orchard.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Feedback;

/// <summary>The reCAPTCHA secret is kept encrypted per tenant (recipe, settings page, a first version's clear value) and never shown.</summary>
[Collection(FeedbackSiteCollection.Name)]
public sealed class ReCaptchaSecretProtectionTests(FeedbackSiteFixture site)
{
    private const string RecipeSecret = "bi-mat-tu-cong-thuc-tra-linh";
    private const string TypedSecret = "bi-mat-go-tay-tra-linh";
    private const string LegacySecret = "bi-mat-ban-cu-tra-linh";

    private async Task<List<string>> DocumentsAsync(string tenant)
    {
        var documents = new List<string>();
        await site.InTenantAsync(tenant, async services =>
            documents.AddRange(await services.GetRequiredService<TenantDbContext>().Documents.AsNoTracking().Select(d => d.Data).ToListAsync()));
        return documents;
    }

    private async Task<string?> SecretAsync(string tenant)
    {
        string? secret = null;
        await site.InTenantAsync(tenant, async services =>
        {
            var store = services.GetRequiredService<ReCaptchaSettingsStore>();
            secret = store.UnprotectSecret(await store.GetAsync(CancellationToken.None));
        });
        return secret;
    }

    [Fact]
    public async Task A_recipe_secret_and_a_typed_secret_are_stored_encrypted_and_never_shown_and_blank_keeps_the_secret()
    {
        await site.InTenantAsync("TraLinh", async services =>
        {
            var sites = services.GetRequiredService<SiteService>();
            var copy = (await sites.GetAsync(CancellationToken.None)).Clone();
            copy.Properties["ReCaptchaSettings"] = new JsonObject { ["SiteKey"] = "khoa-trang-tra-linh", ["SecretKey"] = RecipeSecret };
            await sites.SaveAsync(copy, CancellationToken.None);
        });

        Assert.Equal(RecipeSecret, await SecretAsync("TraLinh"));
        Assert.DoesNotContain(await DocumentsAsync("TraLinh"), d => d.Contains(RecipeSecret, StringComparison.Ordinal));

        var admin = site.Client("/tra-linh");
        await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);
        var page = await admin.GetStringAsync("/admin/feedback/captcha");
        Assert.DoesNotContain(RecipeSecret, page);
        Assert.Contains("Đã lưu một khóa bí mật (không hiển thị)", page);

        var typed = await admin.PostFormAsync("/admin/feedback/captcha", "/admin/feedback/captcha",
            new() { ["Mode"] = "V2", ["SiteKey"] = "khoa-trang-tra-linh", ["SecretKey"] = TypedSecret });
        Assert.Equal(HttpStatusCode.Redirect, typed.StatusCode);
        Assert.Equal(TypedSecret, await SecretAsync("TraLinh"));
        Assert.DoesNotContain(await DocumentsAsync("TraLinh"), d => d.Contains(TypedSecret, StringComparison.Ordinal));

        // A refused save does not send the typed secret back either.
        var refused = await admin.PostFormAsync("/admin/feedback/captcha", "/admin/feedback/captcha",
            new() { ["Mode"] = "V2", ["SiteKey"] = string.Empty, ["SecretKey"] = "bi-mat-bi-tu-choi" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.DoesNotContain("bi-mat-bi-tu-choi", await refused.Content.ReadAsStringAsync());

        var blank = await admin.PostFormAsync("/admin/feedback/captcha", "/admin/feedback/captcha",
            new() { ["Mode"] = "Off", ["SiteKey"] = "khoa-trang-tra-linh", ["SecretKey"] = string.Empty });
        Assert.Equal(HttpStatusCode.Redirect, blank.StatusCode);
        Assert.Equal(TypedSecret, await SecretAsync("TraLinh"));
    }

    [Fact]
    public async Task A_clear_secret_left_by_the_first_version_is_encrypted_on_first_read_and_another_tenant_cannot_read_a_copied_secret()
    {
        await site.InTenantAsync("HoaAn", services => services.GetRequiredService<IDocumentStore>().SaveAsync(ReCaptchaSettings.DocumentId,
            new JsonObject { ["Mode"] = (int)ReCaptchaMode.Off, ["SiteKey"] = "khoa-trang-hoa-an", ["SecretKey"] = LegacySecret }, CancellationToken.None));
        Assert.Contains(await DocumentsAsync("HoaAn"), d => d.Contains(LegacySecret, StringComparison.Ordinal));

        Assert.Equal(LegacySecret, await SecretAsync("HoaAn"));
        Assert.DoesNotContain(await DocumentsAsync("HoaAn"), d => d.Contains(LegacySecret, StringComparison.Ordinal));

        // The purpose names the tenant: Hòa An's encrypted secret copied into Trà Lĩnh's document does not decrypt there.
        string? encrypted = null;
        await site.InTenantAsync("HoaAn", async services =>
            encrypted = (await services.GetRequiredService<ReCaptchaSettingsStore>().GetAsync(CancellationToken.None)).ProtectedSecretKey);
        Assert.NotNull(encrypted);
        await site.InTenantAsync("TraLinh", services =>
        {
            var store = services.GetRequiredService<ReCaptchaSettingsStore>();
            Assert.Null(store.UnprotectSecret(new ReCaptchaSettings { ProtectedSecretKey = encrypted }));
            return Task.CompletedTask;
        });
    }
}
