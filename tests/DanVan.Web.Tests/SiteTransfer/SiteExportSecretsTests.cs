using DanVan.Orchard.SiteTransfer;
using DanVan.Orchard.Tenancy;

namespace DanVan.Web.Tests.SiteTransfer;

/// <summary>Orchard settings groups a recipe left in the site settings go into an export without their secrets.</summary>
public sealed class SiteExportSecretsTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    [Fact]
    public async Task An_export_keeps_the_recaptcha_site_key_and_smtp_host_but_no_secret_key_nor_password()
    {
        site.AddRecipe("orchard-secrets.recipe.json", """
            { "name": "orchard-secrets", "steps": [ { "name": "Settings",
              "ReCaptchaSettings": { "SiteKey": "khoa-cong-khai", "SecretKey": "khoa-bi-mat-recaptcha" },
              "SmtpSettings": { "Host": "mail.example.vn", "UserName": "hopthu", "Password": "mat-khau-smtp",
                                "Nested": { "ClientSecret": "bi-mat-long", "Port": 587 } } } ] }
            """);
        await site.Get<TenantSetupService>().RunRecipeAsync("TraLinh", "orchard-secrets", CancellationToken.None);

        using var buffer = new MemoryStream();
        await site.Get<ISiteExporter>().ExportAsync("TraLinh", buffer, new SiteExportOptions(false), CancellationToken.None);
        var export = ExportZip.Read(buffer.ToArray());

        var text = export.RecipeText;
        Assert.DoesNotContain("khoa-bi-mat-recaptcha", text);
        Assert.DoesNotContain("mat-khau-smtp", text);
        Assert.DoesNotContain("bi-mat-long", text);
        var settings = export.Steps("Settings").Single();
        Assert.Equal("khoa-cong-khai", (string?)settings["ReCaptchaSettings"]!["SiteKey"]);
        Assert.Equal("mail.example.vn", (string?)settings["SmtpSettings"]!["Host"]);
        Assert.Equal(587, (int)settings["SmtpSettings"]!["Nested"]!["Port"]!);
    }
}
