using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DanVan.Web.Tests.Cluster;

/// <summary>
/// One node of the cluster as its own OS process (Kestrel on a fixed loopback port, so a restarted node keeps its
/// address), with what it writes to stdout/stderr kept for the tests to read (its log says what it went through).
/// </summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    public NodeProcess(string name, IReadOnlyDictionary<string, string> environment)
    {
        Name = name;
        _environment = environment;
        Port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{Port}/");
    }

    public string Name { get; }

    public int Port { get; }

    public Uri BaseAddress { get; }

    /// <summary>Everything the node wrote since it was first started, over every restart.</summary>
    public string Output => string.Join('\n', _output);

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts the process; returns once it answers (any status) on /health/live.</summary>
    public async Task StartAsync()
    {
        Start();
        await WaitUntilListeningAsync();
    }

    /// <summary>Starts the process and returns at once (two nodes started together).</summary>
    public void Start()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DanVan.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseAddress.ToString().TrimEnd('/'));
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start node {Name}.");
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
    }

    public async Task WaitUntilListeningAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && IsRunning)
        {
            try
            {
                if ((await http.GetAsync("/health/live")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"Node {Name} did not answer on {BaseAddress} within 60 s (running: {IsRunning}). Its output:\n{Output}");
    }

    /// <summary>SIGKILL: no shutdown, nothing flushed, nothing released, as a power cut.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>A client of this node with its own cookies (or the given ones), no redirects followed.</summary>
    public TenantClient Client(string prefix, CookieContainer? cookies = null)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies ?? new CookieContainer() };
        return new TenantClient(new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) }, prefix);
    }

    public ValueTask DisposeAsync() => new(KillAsync());

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
