using System.Text.Json.Nodes;
using DanVan.Feedback.Captcha;
using DanVan.Orchard.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Feedback;

/// <summary>
/// The reCAPTCHA settings a recipe left in the site settings are taken over on the first read, which is an anonymous
/// visitor's: several first visitors at once must all be served (no conflict error), and the group taken over once.
/// </summary>
[Collection(FeedbackSiteCollection.Name)]
public sealed class ReCaptchaSettingsTakeoverTests(FeedbackSiteFixture site)
{
    [Fact]
    public async Task Readers_arriving_together_all_get_the_recipes_settings_and_the_group_is_removed()
    {
        await site.CreateAndSetupAsync("CungLuc", "cung-luc", "Ban Dân vận Huyện ủy Cùng Lúc", "district-board");
        for (var round = 0; round < 5; round++)
        {
            var siteKey = $"khoa-trang-{round}";
            await site.InTenantAsync("CungLuc", async services =>
            {
                var sites = services.GetRequiredService<SiteService>();
                var copy = (await sites.GetAsync(CancellationToken.None)).Clone();
                copy.Properties[ReCaptchaSettingsStore.RecipeGroup] = new JsonObject { ["SiteKey"] = siteKey, ["SecretKey"] = "khoa-bi-mat", ["Mode"] = "Off" };
                await sites.SaveAsync(copy, CancellationToken.None);
            });

            var keys = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
            {
                string? key = null;
                await site.InTenantAsync("CungLuc", async services =>
                    key = (await services.GetRequiredService<ReCaptchaSettingsStore>().GetAsync(CancellationToken.None)).SiteKey);
                return key;
            }));

            Assert.All(keys, key => Assert.Equal(siteKey, key));
            await site.InTenantAsync("CungLuc", async services =>
                Assert.Null((await services.GetRequiredService<SiteService>().GetAsync(CancellationToken.None)).Properties[ReCaptchaSettingsStore.RecipeGroup]));
        }
    }
}
