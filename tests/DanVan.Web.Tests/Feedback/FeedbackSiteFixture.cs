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

    public FeedbackSiteFixture() => _withoutFeedback = new(CreateDistrictWithoutFeedbackAsync);

    public async Task InitializeAsync()
    {
        Smtp.Start();
        await SiteVerify.StartAsync();
        _ = Server;
        await Get<DanVan.Orchard.Tenancy.TenantSetupService>().SetupAsync("Default", SetupRequest("province-portal"), CancellationToken.None);
        await CreateAndSetupAsync("HoaAn", "hoa-an", "Ban Dân vận Huyện ủy Hòa An", "district-board", "sample-content");
        await CreateAndSetupAsync("TraLinh", "tra-linh", "Ban Dân vận Huyện ủy Trà Lĩnh", "district-board");
    }

    private readonly Lazy<Task<DanVan.Orchard.Tenancy.TenantSettings>> _withoutFeedback;

    /// <summary>A fourth district, Bảo Lạc, set up like the others and then with the feedback feature turned off (made on first use).</summary>
    public Task<DanVan.Orchard.Tenancy.TenantSettings> DistrictWithoutFeedbackAsync() => _withoutFeedback.Value;

    private async Task<DanVan.Orchard.Tenancy.TenantSettings> CreateDistrictWithoutFeedbackAsync()
    {
        var tenant = await CreateAndSetupAsync("BaoLac", "bao-lac", "Ban Dân vận Huyện ủy Bảo Lạc", "district-board");
        await InTenantAsync(tenant.Name, services => services.GetRequiredService<DanVan.Orchard.Modules.FeatureManager>()
            .DisableAsync([DanVan.Orchard.Modules.FeatureIds.Feedback], CancellationToken.None));
        return tenant;
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
        // The product's own count: SignInCaptchaTests use an address of their own for each case.
        builder.UseSetting("DanVan:Feedback:SignInCaptcha:FailedAttempts", "3");
        // Long enough for a loaded machine's first loopback call; the hang test shows it still ends.
        builder.UseSetting("DanVan:Feedback:ReCaptcha:Timeout", "00:00:05");
        builder.UseSetting("DanVan:Feedback:ReCaptcha:VerifyUrl", SiteVerify.Url.ToString());
        builder.ConfigureTestServices(services => services.AddKeyedSingleton<TimeProvider>(DanVan.Email.Outbox.OutboxClock.Key, OutboxClock));
    }
}
