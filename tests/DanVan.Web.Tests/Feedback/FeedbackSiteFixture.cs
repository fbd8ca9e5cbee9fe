using DanVan.Email.Outbox;
using DanVan.Feedback.Data;
using DanVan.Web.Tests.Email;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DanVan.Web.Tests.Feedback;

/// <summary>
/// The portal and two districts (Hòa An with sample articles), mail going through the outbox to a
/// <see cref="LoopbackSmtpServer"/> and reCAPTCHA's siteverify pointed at a <see cref="LoopbackSiteVerify"/>.
/// </summary>
public sealed class FeedbackSiteFixture : OrchardWebApplicationFactory, IAsyncLifetime
{
    /// <summary>The board's address the district-board recipe sets (site settings' contact e-mail).</summary>
    public const string BoardAddress = "bandanvan.huyenuy@example.gov.vn";

    public LoopbackSmtpServer Smtp { get; } = new();

    public LoopbackSiteVerify SiteVerify { get; } = new();

    public FakeTimeProvider OutboxClock { get; } = new(DateTimeOffset.UtcNow);

    public async Task InitializeAsync()
    {
        Smtp.Start();
        await SiteVerify.StartAsync();
        _ = Server;
        await Get<DanVan.Orchard.Tenancy.TenantSetupService>().SetupAsync("Default", SetupRequest("province-portal"), CancellationToken.None);
        await CreateAndSetupAsync("HoaAn", "hoa-an", "Ban Dân vận Huyện ủy Hòa An", "district-board", "sample-content");
        await CreateAndSetupAsync("TraLinh", "tra-linh", "Ban Dân vận Huyện ủy Trà Lĩnh", "district-board");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await SiteVerify.DisposeAsync();
    }

    /// <summary>Waits, moving the outbox along, until the server holds <paramref name="count"/> messages for the address.</summary>
    public Task<IReadOnlyList<MimeKit.MimeMessage>> ReceivedAsync(string to, Func<MimeKit.MimeMessage, bool> which, int count = 1) =>
        Eventually.ReturnsAsync(
            () =>
            {
                OutboxClock.Advance(TimeSpan.FromSeconds(2));
                Get<OutboxSignal>().Wake();
                return Task.FromResult<IReadOnlyList<MimeKit.MimeMessage>>(Smtp.To(to).Where(which).ToList());
            },
            messages => messages.Count >= count,
            TimeSpan.FromSeconds(30));

    public async Task<List<FeedbackMessage>> MessagesAsync(string tenant)
    {
        List<FeedbackMessage> rows = [];
        await InTenantAsync(tenant, async services =>
            rows = await services.GetRequiredService<FeedbackDbContext>().Messages.AsNoTracking().ToListAsync());
        return rows;
    }

    /// <summary>The answer the tenant's database expects for a captcha question: what the test, owning the database, may read.</summary>
    public async Task<string> CaptchaAnswerAsync(string tenant, string challengeId)
    {
        var answer = string.Empty;
        await InTenantAsync(tenant, async services =>
            answer = (await services.GetRequiredService<FeedbackDbContext>().Challenges.AsNoTracking().SingleAsync(c => c.Id == challengeId)).Answer);
        return answer;
    }

    public Task ExpireCaptchaAsync(string tenant, string challengeId) =>
        InTenantAsync(tenant, services => services.GetRequiredService<FeedbackDbContext>().Challenges
            .Where(c => c.Id == challengeId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.ExpiresUtc, DateTime.UtcNow.AddSeconds(-1))));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("DanVan:Email:Smtp:Host", "127.0.0.1");
        builder.UseSetting("DanVan:Email:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("DanVan:Email:Smtp:EncryptionMethod", "None");
        builder.UseSetting("DanVan:Email:Smtp:UserName", LoopbackSmtpServer.UserName);
        builder.UseSetting("DanVan:Email:Smtp:Password", LoopbackSmtpServer.GoodPassword);
        builder.UseSetting("DanVan:Email:Smtp:DefaultSender", EmailSiteFixture.Sender);
        builder.UseSetting("DanVan:Email:Smtp:Timeout", "00:00:05");

        // These tests post far more often than a reader; the limit itself is tested in FeedbackRateLimitTests.
        builder.UseSetting("DanVan:Feedback:RateLimit:PermitLimit", "1000");
        builder.UseSetting("DanVan:Feedback:RateLimit:CaptchaPermitLimit", "1000");
        // Long enough for a loaded machine's first loopback call; the hang test shows it still ends.
        builder.UseSetting("DanVan:Feedback:ReCaptcha:Timeout", "00:00:05");
        builder.UseSetting("DanVan:Feedback:ReCaptcha:VerifyUrl", SiteVerify.Url.ToString());
        builder.ConfigureTestServices(services => services.AddKeyedSingleton<TimeProvider>(DanVan.Email.Outbox.OutboxClock.Key, OutboxClock));
    }
}
