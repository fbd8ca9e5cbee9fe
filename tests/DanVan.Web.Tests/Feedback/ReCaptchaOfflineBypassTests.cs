using System.Net;
using System.Text.Json.Nodes;
using DanVan.Feedback.Captcha;
using DanVan.Orchard.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Feedback;

/// <summary>
/// With reCAPTCHA set up and Google answering, the offline questions are no way around Google: asking for the question
/// in words shows Google's widget, and an offline answer is refused. While Google is known not to answer, they serve.
/// </summary>
[Collection(FeedbackSiteCollection.Name)]
public sealed class ReCaptchaOfflineBypassTests(FeedbackSiteFixture site) : IAsyncLifetime
{
    private const string Tenant = "TraLinh";

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    /// <summary>The other feedback tests of the shared site use Trà Lĩnh with the offline captcha.</summary>
    async Task IAsyncLifetime.DisposeAsync()
    {
        site.Get<ReCaptchaOutages>().Clear(Tenant);
        await site.InTenantAsync(Tenant, services =>
            services.GetRequiredService<ReCaptchaSettingsStore>().SaveAsync(new ReCaptchaSettings { Mode = ReCaptchaMode.Off }, CancellationToken.None));
    }

    private async Task UseReCaptchaV2Async()
    {
        await site.InTenantAsync(Tenant, async services =>
        {
            var sites = services.GetRequiredService<SiteService>();
            var copy = (await sites.GetAsync(CancellationToken.None)).Clone();
            copy.Properties["ReCaptchaSettings"] = new JsonObject
            {
                ["SiteKey"] = "khoa-tra-linh",
                ["SecretKey"] = LoopbackSiteVerify.Secret,
                ["Mode"] = "V2",
            };
            await sites.SaveAsync(copy, CancellationToken.None);
        });
        site.Get<ReCaptchaOutages>().Clear(Tenant);
    }

    private async Task<(string Id, string Answer)> IssueQuestionInWordsAsync()
    {
        var question = (Id: string.Empty, Answer: string.Empty);
        await site.InTenantAsync(Tenant, async services =>
        {
            var challenge = await services.GetRequiredService<CaptchaStore>().IssueAsync(inWords: true, CancellationToken.None);
            question = (challenge.Id, challenge.Answer);
        });
        return question;
    }

    private async Task<HttpResponseMessage> SendOfflineAsync(FeedbackReader reader, string subject)
    {
        var (id, answer) = await IssueQuestionInWordsAsync();
        var fields = FeedbackReader.Message(subject);
        fields["captcha-kind"] = "cau-hoi";
        return await reader.SendAsync(fields, answer, id);
    }

    [Fact]
    public async Task While_google_answers_the_question_in_words_is_not_offered_and_a_right_offline_answer_is_refused()
    {
        await UseReCaptchaV2Async();
        var reader = new FeedbackReader(site, Tenant, "/tra-linh");
        await reader.OpenAsync();

        var swapped = await reader.PostAsync("/gop-y/doi-ma?kieu=cau-hoi", FeedbackReader.Message("Xin câu hỏi bằng chữ"));
        Assert.Equal(HttpStatusCode.OK, swapped.StatusCode);
        Assert.Null(reader.CaptchaId);
        Assert.DoesNotContain("bằng mấy?", reader.Html);
        Assert.Contains("data-sitekey=\"khoa-tra-linh\"", reader.Html);
        Assert.DoesNotContain("kieu=cau-hoi", reader.Html);

        var refused = await SendOfflineAsync(reader, "Lách qua Google");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.NotNull(reader.ErrorOf("CaptchaAnswer"));
        Assert.DoesNotContain(await site.MessagesAsync(Tenant), m => m.Subject == "Lách qua Google");
    }

    [Fact]
    public async Task While_google_is_known_not_to_answer_the_offline_questions_serve()
    {
        await UseReCaptchaV2Async();
        site.Get<ReCaptchaOutages>().Report(Tenant, TimeSpan.FromMinutes(5));
        var reader = new FeedbackReader(site, Tenant, "/tra-linh");
        await reader.OpenAsync();
        Assert.NotNull(reader.CaptchaId);
        await reader.PostAsync("/gop-y/doi-ma?kieu=cau-hoi", FeedbackReader.Message("Google vắng"));
        Assert.Contains("bằng mấy?", reader.Html);

        var sent = await SendOfflineAsync(reader, "Google vắng");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains(await site.MessagesAsync(Tenant), m => m.Subject == "Google vắng");
    }
}
