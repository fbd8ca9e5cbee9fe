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
        for (var round = 0; round < 10; round++)
        {
            var siteKey = $"khoa-trang-{round}";
            await site.InTenantAsync("CungLuc", async services =>
            {
                var sites = services.GetRequiredService<SiteService>();
                var copy = (await sites.GetAsync(CancellationToken.None)).Clone();
                copy.Properties[ReCaptchaSettingsStore.RecipeGroup] = new JsonObject { ["SiteKey"] = siteKey, ["SecretKey"] = "khoa-bi-mat", ["Mode"] = "Off" };
                await sites.SaveAsync(copy, CancellationToken.None);
            });

            // Every reader has its scope ready, then all start at once: the first visitors of a busy page.
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var readers = Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
            {
                string? key = null;
                await site.InTenantAsync("CungLuc", async services =>
                {
                    var store = services.GetRequiredService<ReCaptchaSettingsStore>();
                    await start.Task;
                    key = (await store.GetAsync(CancellationToken.None)).SiteKey;
                });
                return key;
            })).ToList();
            start.SetResult();
            var keys = await Task.WhenAll(readers);

            Assert.All(keys, key => Assert.Equal(siteKey, key));
            await site.InTenantAsync("CungLuc", async services =>
                Assert.Null((await services.GetRequiredService<SiteService>().GetAsync(CancellationToken.None)).Properties[ReCaptchaSettingsStore.RecipeGroup]));
        }
    }
}
