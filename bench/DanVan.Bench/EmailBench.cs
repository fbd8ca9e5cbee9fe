using Microsoft.EntityFrameworkCore.Storage;
using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DanVan.Email.Outbox;
using DanVan.Orchard.Email;
using DanVan.Orchard.Tenancy;
using DanVan.Web;
using Microsoft.Extensions.DependencyInjection;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace DanVan.Bench;

/// <summary>
/// The outbox on a fresh temporary App_Data: what queuing a mail adds to the action that causes it (alone, and inside
/// the caller's transaction), then how fast the sender empties the outbox into a local SMTP server (the SmtpServer
/// library on loopback, accepting everything). Prints figures; asserts nothing.
/// </summary>
public static class EmailBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var index = Array.IndexOf(args, "--email");
        var count = index + 1 < args.Length && int.TryParse(args[index + 1], out var n) ? n : 2000;
        var appData = Path.Combine(Path.GetTempPath(), "danvan-email-bench-" + Guid.NewGuid().ToString("N"));
        var port = FreePort();
        var received = 0;
        using var stop = new CancellationTokenSource();
        var server = new SmtpServer.SmtpServer(
            new SmtpServerOptionsBuilder().ServerName("bench.local").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build(),
            Services(() => Interlocked.Increment(ref received)));
        var serving = server.StartAsync(stop.Token);

        Environment.SetEnvironmentVariable("DanVan__AppDataPath", appData);
        Environment.SetEnvironmentVariable("DanVan__Email__Smtp__Host", "127.0.0.1");
        Environment.SetEnvironmentVariable("DanVan__Email__Smtp__Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Environment.SetEnvironmentVariable("DanVan__Email__Smtp__EncryptionMethod", "None");
        Environment.SetEnvironmentVariable("DanVan__Email__Smtp__DefaultSender", "bench@example.vn");
        try
        {
            await using var app = OrchardServiceHost.Build();
            var services = app.Services;
            await services.GetRequiredService<TenantManager>().EnsureDefaultTenantAsync(CancellationToken.None);
            var setup = services.GetRequiredService<TenantSetupService>();
            await setup.SetupAsync("Default", new TenantSetupRequest(["province-portal"], null, "admin", "admin@example.vn", "Bench-Password-2026"), CancellationToken.None);
            await services.GetRequiredService<TenantManager>().CreateAsync(new CreateTenantRequest("MailBench", "Ban Dân vận huyện Thư", "thu", null, "district-board"), CancellationToken.None);
            var tenant = await setup.SetupAsync("MailBench", new TenantSetupRequest(["district-board"], null, "admin", "admin@thu.example.vn", "Bench-Password-2026"), CancellationToken.None);
            var scopes = services.GetRequiredService<TenantScopes>();

            // Warm-up (JIT, EF Core's model and query caches): not counted, and delivered before the clock starts.
            await EnqueueAsync(scopes, tenant, 50, inTransaction: false);
            await EnqueueAsync(scopes, tenant, 50, inTransaction: true);
            var dispatcher = services.GetRequiredService<OutboxDispatcher>();
            await DrainAsync(dispatcher, () => Volatile.Read(ref received), 100);

            // The action a mail comes with (a write of its own in a transaction), without and with the mail queued in it.
            var without = await ActionAsync(scopes, tenant, count / 2, withMail: false);
            var with = await ActionAsync(scopes, tenant, count / 2, withMail: true);
            var alone = await EnqueueAsync(scopes, tenant, count - count / 2, inTransaction: false);
            Console.WriteLine($"action alone: median {Percentile(without, 0.5):0.00} ms, p95 {Percentile(without, 0.95):0.00} ms (n={without.Count})");
            Console.WriteLine($"action + mail queued in its transaction: median {Percentile(with, 0.5):0.00} ms, p95 {Percentile(with, 0.95):0.00} ms (n={with.Count})");
            Console.WriteLine($"enqueue adds to the action: {Percentile(with, 0.5) - Percentile(without, 0.5):0.00} ms (median), {with.Average() - without.Average():0.00} ms (mean)");
            Console.WriteLine($"enqueue on its own (its own commit): median {Percentile(alone, 0.5):0.00} ms, p95 {Percentile(alone, 0.95):0.00} ms (n={alone.Count})");

            var raw = await RawSmtpAsync(port, 200);
            Console.WriteLine($"raw SMTP (MailKit, one connection, no outbox): {raw:0} messages/s");

            var clock = Stopwatch.StartNew();
            await DrainAsync(dispatcher, () => Volatile.Read(ref received), 300 + count);
            var seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"delivery: {count} messages to a loopback SMTP server in {seconds:0.00} s = {count / seconds:0} messages/s (one connection per batch, each marked sent as it goes)");
            return 0;
        }
        finally
        {
            server.Shutdown();
            await stop.CancelAsync();
            await serving.ContinueWith(_ => { }, TaskScheduler.Default);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(appData, recursive: true);
        }
    }

    private static async Task<List<double>> ActionAsync(TenantScopes scopes, TenantSettings tenant, int count, bool withMail)
    {
        var timings = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            await scopes.RunAsync(tenant, async services =>
            {
                var email = services.GetRequiredService<IEmailSender>();
                var db = services.GetRequiredService<DanVan.Orchard.Data.TenantDbContext>();
                var clock = Stopwatch.StartNew();
                await using var transaction = await db.Database.BeginTransactionAsync();
                db.Documents.Add(new DanVan.Orchard.Data.DocumentRecord { Id = "bench-" + Guid.NewGuid().ToString("N"), Data = "{}", Version = 1 });
                await db.SaveChangesAsync();
                if (withMail)
                {
                    await email.SendAsync(Message(i), transaction.GetDbTransaction(), CancellationToken.None);
                }

                await transaction.CommitAsync();
                timings.Add(clock.Elapsed.TotalMilliseconds);
                return true;
            });
        }

        return timings;
    }

    private static EmailMessage Message(int i) => EmailMessage.FromTemplate(EmailTemplates.PasswordReset, $"nguoi-nhan-{i}@example.vn", new Dictionary<string, string>
    {
        [EmailTemplates.Values.Link] = $"https://danvan.example.vn/thu/account/reset-password?userId={i}&code=bench",
        [EmailTemplates.Values.UserName] = $"nguoi-nhan-{i}",
    });

    private static async Task<List<double>> EnqueueAsync(TenantScopes scopes, TenantSettings tenant, int count, bool inTransaction)
    {
        var timings = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            // One scope per message, as one request per action.
            await scopes.RunAsync(tenant, async services =>
            {
                var email = services.GetRequiredService<IEmailSender>();
                var message = Message(i);
                var clock = Stopwatch.StartNew();
                if (inTransaction)
                {
                    var db = services.GetRequiredService<DanVan.Orchard.Data.TenantDbContext>();
                    await using var transaction = await db.Database.BeginTransactionAsync();
                    await email.SendAsync(message, transaction.GetDbTransaction(), CancellationToken.None);
                    await transaction.CommitAsync();
                }
                else
                {
                    await email.SendAsync(message, CancellationToken.None);
                }

                timings.Add(clock.Elapsed.TotalMilliseconds);
                return true;
            });
        }

        return timings;
    }

    /// <summary>The transport alone, for comparison: what the outbox's bookkeeping costs on top.</summary>
    private static async Task<double> RawSmtpAsync(int port, int count)
    {
        var endpoint = new DanVan.Email.Smtp.SmtpEndpoint(DanVan.Email.Smtp.MailTransportKind.Smtp, "127.0.0.1", port,
            DanVan.Email.Smtp.SmtpEncryptionMethod.None, null, null, "bench@example.vn", "Bench", TimeSpan.FromSeconds(30));
        await using var transport = new DanVan.Email.Smtp.MailKitTransport(endpoint,
            new DanVan.Email.Smtp.SmtpConnectionPolicy(PublicAddressesOnly: false, AllowedPorts: null, TrustedThumbprints: new HashSet<string>()));
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var message = new MimeKit.MimeMessage { Subject = "Thư thử", MessageId = $"{i}@bench" };
            message.From.Add(new MimeKit.MailboxAddress("Bench", "bench@example.vn"));
            message.To.Add(new MimeKit.MailboxAddress(null, $"raw-{i}@example.vn"));
            message.Body = new MimeKit.TextPart("plain") { Text = "Nội dung" };
            await transport.SendAsync(message, CancellationToken.None);
        }

        return count / clock.Elapsed.TotalSeconds;
    }

    private static async Task DrainAsync(OutboxDispatcher dispatcher, Func<int> received, int expected)
    {
        var deadline = Stopwatch.StartNew();
        while (received() < expected && deadline.Elapsed < TimeSpan.FromMinutes(5))
        {
            await dispatcher.TickAsync(CancellationToken.None);
        }
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static SmtpServer.ComponentModel.ServiceProvider Services(Action onMessage)
    {
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new CountingStore(onMessage));
        services.Add(new NoDelayListenerFactory());
        return services;
    }

    /// <summary>
    /// The library's listener with Nagle's algorithm off, as a real mail server has it: the library writes each
    /// pipelined reply on its own, and the second would wait for the client's delayed acknowledgement (40 ms a message).
    /// </summary>
    private sealed class NoDelayListenerFactory : SmtpServer.Net.EndpointListenerFactory
    {
        public override SmtpServer.Net.IEndpointListener CreateListener(IEndpointDefinition endpointDefinition)
        {
            var listener = base.CreateListener(endpointDefinition);
            var field = listener.GetType().GetFields(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)
                .First(f => f.FieldType == typeof(TcpListener));
            ((TcpListener)field.GetValue(listener)!).Server.NoDelay = true;
            return listener;
        }
    }

    private sealed class CountingStore(Action onMessage) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            onMessage();
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
