using DanVan.Orchard.Data;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Email;

/// <summary>A tenant set up before the e-mail feature existed gets it when its shell starts, and its mail is sent, not only logged.</summary>
public sealed class EmailFeatureUpgradeTests(EmailSiteFixture site) : IClassFixture<EmailSiteFixture>
{
    [Fact]
    public async Task A_tenant_whose_features_lack_email_has_it_enabled_on_start_and_its_mail_arrives()
    {
        await site.CreateAndSetupAsync("DatTruoc", "dat-truoc", "Ban Dân vận Huyện ủy Đặt Trước", "district-board");
        await site.CreateUserAsync("DatTruoc", "quen-dat-truoc", "Author");

        // As an older version stored it: every feature of the recipe but e-mail (which did not exist then).
        await site.InTenantAsync("DatTruoc", async services =>
        {
            var features = services.GetRequiredService<FeatureManager>();
            var before = (await features.GetEnabledAsync(CancellationToken.None)).Where(f => f != FeatureIds.Email).ToList();
            await services.GetRequiredService<IDocumentStore>().SaveAsync(ShellDescriptor.DocumentId, new ShellDescriptor { Features = before }, CancellationToken.None);

            // ... and it had not been through this version's migrations and upgrades.
            await services.GetRequiredService<IDocumentStore>().SaveAsync(TenantMigrator.MarkDocumentId, new Dictionary<string, string>(), CancellationToken.None);
            Assert.False(await features.IsEnabledAsync(FeatureIds.Email, CancellationToken.None));
        });

        // The process restarts (a new shell): its migrations run before its first request.
        site.Get<TenantRegistry>().Release("DatTruoc");
        await site.Client("/dat-truoc").PostFormAsync("/account/forgot-password", "/account/forgot-password", new() { ["Email"] = "quen-dat-truoc@example.vn" });

        Assert.Single(await site.ReceivedAsync("quen-dat-truoc@example.vn"));
        await site.InTenantAsync("DatTruoc", async services =>
            Assert.True(await services.GetRequiredService<FeatureManager>().IsEnabledAsync(FeatureIds.Email, CancellationToken.None)));
    }
}
