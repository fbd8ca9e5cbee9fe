using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace DanVan.Web.Tests.Email;

/// <summary>
/// A real SMTP server on a loopback port (the SmtpServer library), started and stopped by the tests: it requires a
/// sign-in, keeps every message it accepts, and can be stopped and started again on the same port. With a
/// certificate it offers STARTTLS, or (<c>sslOnConnect</c>) speaks TLS from the first byte.
/// </summary>
public sealed class LoopbackSmtpServer(X509Certificate2? certificate = null, bool sslOnConnect = false) : IAsyncDisposable
{
    public const string UserName = "danvan";
    public const string GoodPassword = "mat-khau-smtp-2026";

    private readonly ConcurrentQueue<MimeMessage> _received = new();
    private CancellationTokenSource? _stop;
    private SmtpServer.SmtpServer? _server;
    private Task? _running;
    private int _sessions;

    private int _port = FreePort();
    private bool _portGiven;

    /// <summary>Its loopback port; once read, a start keeps to it (the site was told it).</summary>
    public int Port
    {
        get
        {
            Volatile.Write(ref _portGiven, true);
            return _port;
        }
    }

    /// <summary>The password the server accepts now (change it to make sign-ins fail).</summary>
    public string AcceptedPassword { get; set; } = GoodPassword;

    public IReadOnlyList<MimeMessage> Received => [.. _received];

    /// <summary>How many connections were opened to it (SMTP sessions begun), whatever was said in them.</summary>
    public int Sessions => Volatile.Read(ref _sessions);

    public IReadOnlyList<MimeMessage> To(string address) =>
        Received.Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>
    /// Starts listening. The free port chosen at construction may have been taken since (another test's listener or an
    /// outgoing connection): while nobody has read <see cref="Port"/> yet, another one is chosen; else it throws now.
    /// </summary>
    public void Start()
    {
        for (var attempt = 1; ; attempt++)
        {
            Listen();
            if (!_running!.IsFaulted)
            {
                return;
            }

            _server = null;
            _stop!.Dispose();
            if (Volatile.Read(ref _portGiven) || attempt == 5)
            {
                _running.GetAwaiter().GetResult();
            }

            _port = FreePort();
        }
    }

    private void Listen()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("smtp.loopback.test")
            .Endpoint(e =>
            {
                e.Endpoint(new IPEndPoint(IPAddress.Loopback, _port)).AuthenticationRequired(true).AllowUnsecureAuthentication(true);
                if (certificate is not null)
                {
                    e.Certificate(certificate).IsSecure(sslOnConnect);
                }
            })
            .Build();
        var services = new ServiceProvider();
        services.Add(new Store(_received));
        services.Add(new DelegatingUserAuthenticator((user, password) => user == UserName && password == AcceptedPassword));
        _stop = new CancellationTokenSource();
        _server = new SmtpServer.SmtpServer(options, services);
        _server.SessionCreated += (_, _) => Interlocked.Increment(ref _sessions);
        _running = _server.StartAsync(_stop.Token);
    }

    public async Task StopAsync()
    {
        if (_server is null)
        {
            return;
        }

        _server.Shutdown();
        await _stop!.CancelAsync();
        try
        {
            await _running!;
        }
        catch (OperationCanceledException)
        {
            // Stopped as asked.
        }

        await _server.ShutdownTask;
        _stop.Dispose();
        _server = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    /// <summary>A loopback port nothing listens on now.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
