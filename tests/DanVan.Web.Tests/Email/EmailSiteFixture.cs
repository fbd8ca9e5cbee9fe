using DanVan.Email.Data;
using DanVan.Email.Outbox;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DanVan.Web.Tests.Email;

/// <summary>
/// The portal and one district, with the host-wide mail server set to a <see cref="LoopbackSmtpServer"/> the fixture
/// starts, and the outbox on a clock the tests move (retries, back-off) and wake (no sleeps). Tenants may name
/// loopback servers here (<c>AllowPrivateTenantHosts</c>, as an operator of a closed network would allow); the guard
/// itself is tested with <see cref="GuardedEmailSiteFixture"/>. Three TLS servers: STARTTLS and SSL-on-connect with a
/// certificate whose thumbprint the operator trusts, and STARTTLS with one nobody trusts.
/// </summary>
public class EmailSiteFixture : OrchardWebApplicationFactory, IAsyncLifetime
{
    public const string Sender = "bandanvan@example.vn";

    private static readonly System.Security.Cryptography.X509Certificates.X509Certificate2 Trusted = SelfSignedCertificate.Create("smtp.tin-cay.test");

    public LoopbackSmtpServer Smtp { get; } = new();

    public LoopbackSmtpServer StartTlsSmtp { get; } = new(Trusted);

    public LoopbackSmtpServer SslSmtp { get; } = new(Trusted, sslOnConnect: true);

    public LoopbackSmtpServer UntrustedSmtp { get; } = new(SelfSignedCertificate.Create("smtp.khong-tin-cay.test"));

    /// <summary>A loopback port in the allowed list where nothing listens: connections are refused.</summary>
    public int ClosedPort { get; } = LoopbackSmtpServer.FreePort();

    /// <summary>Whether tenants may name internal hosts (the operator's <c>DanVan:Email:AllowPrivateTenantHosts</c>).</summary>
    protected virtual bool AllowPrivateTenantHosts => true;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public async Task InitializeAsync()
    {
        Smtp.Start();
        StartTlsSmtp.Start();
        SslSmtp.Start();
        UntrustedSmtp.Start();
        _ = Server;
        await Get<DanVan.Orchard.Tenancy.TenantSetupService>().SetupAsync("Default", SetupRequest("province-portal"), CancellationToken.None);
        await CreateAndSetupAsync("HoaAn", "hoa-an", "Ban Dân vận Huyện ủy Hòa An", "district-board");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await StartTlsSmtp.DisposeAsync();
        await SslSmtp.DisposeAsync();
        await UntrustedSmtp.DisposeAsync();
    }

    /// <summary>Moves the outbox's clock on and has the sender take a turn now.</summary>
    public void Deliver(TimeSpan? advance = null)
    {
        Clock.Advance(advance ?? TimeSpan.FromSeconds(2));
        Get<OutboxSignal>().Wake();
    }

    /// <summary>Waits, moving the sender along, until the server holds <paramref name="count"/> messages for the address.</summary>
    public Task<IReadOnlyList<MimeKit.MimeMessage>> ReceivedAsync(string to, int count = 1, TimeSpan? advance = null, LoopbackSmtpServer? server = null) =>
        Eventually.ReturnsAsync(
            () =>
            {
                Deliver(advance);
                return Task.FromResult((server ?? Smtp).To(to));
            },
            messages => messages.Count >= count,
            TimeSpan.FromSeconds(30));

    public async Task<List<OutboxMessage>> OutboxAsync(string tenant, string to)
    {
        List<OutboxMessage> rows = [];
        await InTenantAsync(tenant, async services =>
            rows = await services.GetRequiredService<EmailDbContext>().Outbox.AsNoTracking().Where(m => m.To == to).ToListAsync());
        return rows;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("DanVan:Email:Smtp:Host", "127.0.0.1");
        builder.UseSetting("DanVan:Email:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("DanVan:Email:Smtp:EncryptionMethod", "None");
        builder.UseSetting("DanVan:Email:Smtp:UserName", LoopbackSmtpServer.UserName);
        builder.UseSetting("DanVan:Email:Smtp:Password", LoopbackSmtpServer.GoodPassword);
        builder.UseSetting("DanVan:Email:Smtp:DefaultSender", Sender);
        builder.UseSetting("DanVan:Email:Smtp:Timeout", "00:00:05");

        // Small batches, so that senders running at once (the lease test) really take turns on one outbox; old sent mail too.
        builder.UseSetting("DanVan:Email:Outbox:BatchSize", "10");
        builder.UseSetting("DanVan:Email:Outbox:PruneBatchSize", "2");

        builder.UseSetting("DanVan:Email:AllowPrivateTenantHosts", AllowPrivateTenantHosts ? "true" : "false");
        builder.UseSetting("DanVan:Email:Smtp:TrustedCertificateThumbprints:0", SelfSignedCertificate.Thumbprint(Trusted));
        string[] ports = ["25", "465", "587", "2525", .. new[] { Smtp.Port, StartTlsSmtp.Port, SslSmtp.Port, UntrustedSmtp.Port, ClosedPort }.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        for (var i = 0; i < ports.Length; i++)
        {
            builder.UseSetting($"DanVan:Email:TenantSmtpPorts:{i}", ports[i]);
        }
        builder.ConfigureTestServices(services => services.AddKeyedSingleton<TimeProvider>(OutboxClock.Key, Clock));
    }
}
