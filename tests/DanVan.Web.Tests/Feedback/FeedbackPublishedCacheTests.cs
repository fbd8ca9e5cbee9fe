using System.Net;
using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Feedback;

/// <summary>
/// A message shown under its article leaves the article's cached copies at once when it is marked spam or its answer
/// changes, as it does when it is withdrawn: readers must not see spam for minutes.
/// </summary>
[Collection(FeedbackSiteCollection.Name)]
public sealed class FeedbackPublishedCacheTests(FeedbackSiteFixture site)
{
    private const string ArticlePath = "/" + ProvisionedSiteFixture.SampleArticlePath;

    [Fact]
    public async Task Marking_a_shown_message_spam_or_answering_it_again_updates_the_cached_article()
    {
        var fields = FeedbackReader.Message("Hỏi về đường liên xã");
        fields["ContentPath"] = ProvisionedSiteFixture.SampleArticlePath;
        var reader = new FeedbackReader(site, "HoaAn", "/hoa-an");
        Assert.Equal(HttpStatusCode.Redirect, (await reader.OpenAndSendAsync(fields)).StatusCode);
        var message = Assert.Single(await site.MessagesAsync("HoaAn"), m => m.Subject == "Hỏi về đường liên xã");

        var admin = site.Client("/hoa-an");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword)).StatusCode);
        await admin.PostFormAsync("/admin/feedback/" + message.Id, $"/admin/feedback/{message.Id}/reply", new() { ["reply"] = "Đường làm xong vào tháng Chín." });
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/feedback/captcha", "/admin/feedback/captcha",
            new() { ["Mode"] = "Off", ["PublishAnswers"] = "true" })).StatusCode);
        try
        {
            var before = await ContentGenerationAsync();
            Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/feedback/" + message.Id, $"/admin/feedback/{message.Id}/publish", new() { ["value"] = "true" })).StatusCode);

            // A change of the tenant's content is what every other node hears of (TwoNodesTests): their cached copies go too.
            Assert.True(await ContentGenerationAsync() > before);

            // Read (and cached) as readers see it.
            var article = site.Client("/hoa-an");
            var first = await article.GetAsync(ArticlePath);
            Assert.Contains("public", first.Headers.CacheControl?.ToString());
            Assert.Contains("Đường làm xong vào tháng Chín.", await first.Content.ReadAsStringAsync());
            Assert.Contains("Đường làm xong vào tháng Chín.", await article.GetStringAsync(ArticlePath));

            Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/feedback/" + message.Id, $"/admin/feedback/{message.Id}/reply", new() { ["reply"] = "Đường làm xong vào tháng Mười." })).StatusCode);
            var answered = await article.GetStringAsync(ArticlePath);
            Assert.Contains("Đường làm xong vào tháng Mười.", answered);
            Assert.DoesNotContain("Đường làm xong vào tháng Chín.", answered);

            Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/feedback/" + message.Id, $"/admin/feedback/{message.Id}/status", new() { ["value"] = "spam" })).StatusCode);
            Assert.DoesNotContain("Đường làm xong vào tháng Mười.", await article.GetStringAsync(ArticlePath));
        }
        finally
        {
            await admin.PostFormAsync("/admin/feedback/captcha", "/admin/feedback/captcha", new() { ["Mode"] = "Off" });
        }
    }

    private async Task<long> ContentGenerationAsync()
    {
        long generation = 0;
        await site.InTenantAsync("HoaAn", services =>
        {
            generation = services.GetRequiredService<TenantContext>().Shell.ContentGeneration;
            return Task.CompletedTask;
        });
        return generation;
    }
}
