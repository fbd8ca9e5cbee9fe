using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DanVan.Web.Tests;

/// <summary>The host as its own process on a loopback port (Kestrel), for a real browser; on a factory's App_Data.</summary>
public sealed class SiteProcess : IAsyncDisposable
{
    private readonly Process _process;

    private SiteProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Starts the host on <paramref name="site"/>'s App_Data; <paramref name="environment"/> adds product options (e.g. <c>DanVan__…</c>).</summary>
    public static async Task<SiteProcess> StartAsync(OrchardWebApplicationFactory site, IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DanVan.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["DanVan__AppDataPath"] = site.AppData;
        start.Environment["DanVan__RecipesPath"] = site.Recipes;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        // As in the in-process host: browser tests sign in more often than a person (limits tested in SignInRateLimitTests).
        start.Environment["DanVan__RateLimits__SignIn__PermitLimit"] = "1000";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the site.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var result = new SiteProcess(process, new Uri($"http://127.0.0.1:{port}/"));

        using var http = new HttpClient { BaseAddress = result.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await http.GetAsync("/")).StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect)
                {
                    return result;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or still warming up on a busy machine (the first page can take over 5 s); an
                // escaping timeout here would also leave the process running with no one to end it.
            }

            await Task.Delay(100);
        }

        await result.DisposeAsync();
        throw new InvalidOperationException($"The site did not answer on {result.BaseAddress} within 60 s.");
    }

    /// <summary>Ends the process at once (SIGKILL on Unix): no shutdown, nothing flushed, as a power cut would.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
