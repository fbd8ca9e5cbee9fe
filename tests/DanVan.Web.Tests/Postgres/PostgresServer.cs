using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace DanVan.Web.Tests.Postgres;

/// <summary>
/// A real PostgreSQL server for the tests: initdb in a temporary folder, started with pg_ctl on a free loopback port,
/// stopped and deleted at the end. Debian's packages (test.sh installs them) refuse to run as root, so as root the
/// commands run as the postgres user. Without PostgreSQL the fixture fails with what to install: never a silent skip.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "danvan-pg-" + Guid.NewGuid().ToString("N")[..12]);
    private string _bin = string.Empty;
    private int _databases;

    public int Port { get; private set; }

    /// <summary>The server's log (what <c>log_statement</c> records, for tests that count statements).</summary>
    public string LogFile => Path.Combine(_folder, "server.log");

    /// <summary>The maintenance connection (database <c>postgres</c>).</summary>
    public string AdminConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false";

    public async Task InitializeAsync()
    {
        _bin = FindBinaries();
        Directory.CreateDirectory(_folder);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", "postgres", _folder);
        }

        Port = FreePort();
        await PgAsync(asRoot, "initdb", "-D", Path.Combine(_folder, "data"), "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8");

        await StartAgainAsync();
    }

    /// <summary>Starts the server (again, after <see cref="StopAsync"/>) on the same port and data.</summary>
    public Task StartAgainAsync() =>
        // fsync off: a test server's durability is irrelevant; max_connections well above the pool bound the tests check.
        PgAsync(Environment.UserName == "root", "pg_ctl", "-D", Path.Combine(_folder, "data"), "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60", "start",
            "-o", $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200");

    /// <summary>Stops the server at once (<c>-m immediate</c>: open connections are cut, as in a crash or a network loss).</summary>
    public Task StopAsync() =>
        PgAsync(Environment.UserName == "root", "pg_ctl", "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop");

    /// <summary>A new, empty database on the server; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"danvan_{Interlocked.Increment(ref _databases)}";
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return $"Host=127.0.0.1;Port={Port};Username=postgres;Database={name}";
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await PgAsync(Environment.UserName == "root", "pg_ctl", "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop");
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static string FindBinaries()
    {
        var root = "/usr/lib/postgresql";
        var bin = Directory.Exists(root)
            ? Directory.EnumerateDirectories(root).Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        return bin ?? throw new InvalidOperationException(
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): the PostgreSQL tests need it. Install Debian's 'postgresql' package (./test.sh does).");
    }

    private Task PgAsync(bool asRoot, string tool, params string[] arguments) => asRoot
        ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments])
        : RunAsync(Path.Combine(_bin, tool), arguments);

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
