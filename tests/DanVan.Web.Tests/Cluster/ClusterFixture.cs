using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DanVan.Orchard.Tests.Media;
using DanVan.Web.Tests.Postgres;
using DanVan.Web.Tests.ScaleOut;

namespace DanVan.Web.Tests.Cluster;

/// <summary>
/// Two host processes (nodes A and B) sharing one real PostgreSQL, one Redis and one Azurite, as <c>./cluster.sh</c>
/// runs them: each node has its own App_Data (nothing shared on disk but the deployed recipes) and polls the tenant
/// store only every ten minutes, so whatever a node learns within a test came through Redis. The portal (Default) and
/// Hòa An (with the sample content, its media in Azurite) are set up once by the CLI before the nodes start.
/// </summary>
public sealed partial class ClusterFixture : IAsyncLifetime
{
    /// <summary>A setup recipe that stops in its last step (reading a named pipe nobody writes) until the test lets it go.</summary>
    public const string BlockingRecipe = "district-board-cho";

    private readonly OrchardWebApplicationFactory _files = new();

    public PostgresServer Postgres { get; } = new();

    public Azurite Azurite { get; } = new();

    public RedisServer Redis { get; private set; } = null!;

    public NodeProcess A { get; private set; } = null!;

    public NodeProcess B { get; private set; } = null!;

    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>The named pipe the blocking recipe's media step reads.</summary>
    public string BlockingPipe => Path.Combine(_files.Recipes, "cho-tin-hieu.pdf");

    private string ApiKey { get; set; } = string.Empty;

    public async Task InitializeAsync()
    {
        await Task.WhenAll(Postgres.InitializeAsync(), Azurite.InitializeAsync());
        Redis = await RedisServer.StartAsync();
        ConnectionString = await Postgres.CreateDatabaseAsync();
        AddBlockingRecipe();

        A = new NodeProcess("A", NodeEnvironment("node-a"));
        B = new NodeProcess("B", NodeEnvironment("node-b"));
        await CliAsync("tenants", "setup", "--name", "Default", "--recipe", "province-portal",
            "--admin-email", "admin@example.vn", "--admin-password", OrchardWebApplicationFactory.AdminPassword);
        await CliAsync("tenants", "create", "--name", "HoaAn", "--prefix", "hoa-an", "--display-name", "Ban Dân vận Huyện ủy Hòa An",
            "--recipe", "district-board", "--recipe", "sample-content", "--admin-email", "admin@hoa-an.example.vn",
            "--admin-password", OrchardWebApplicationFactory.AdminPassword);

        A.Start();
        B.Start();
        await Task.WhenAll(A.WaitUntilListeningAsync(), B.WaitUntilListeningAsync());
        ApiKey = await IssueApiKeyAsync();
    }

    /// <summary>The tenants API of <paramref name="node"/> with the cluster's key (issued on A, valid on both).</summary>
    public HttpClient Api(NodeProcess node)
    {
        var client = new HttpClient { BaseAddress = node.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        return client;
    }

    /// <summary>A client of <paramref name="node"/> signed in to the tenant at <paramref name="prefix"/> as its admin.</summary>
    public static async Task<TenantClient> SignedInAsync(NodeProcess node, string prefix, CookieContainer? cookies = null)
    {
        var client = node.Client(prefix, cookies);
        var signedIn = await client.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);
        Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, $"sign-in on node {node.Name} at '{prefix}' answered {(int)signedIn.StatusCode}");
        return client;
    }

    /// <summary>Runs the host's CLI as node A's deployment would (its App_Data, the shared services); fails on a non-zero exit.</summary>
    public async Task<string> CliAsync(params string[] args)
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
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in NodeEnvironment("node-a"))
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the CLI.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"CLI {string.Join(' ', args)} exited {process.ExitCode}: {await output} {await error}");
        return await output;
    }

    public async Task DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await Redis.DisposeAsync();
        await Azurite.DisposeAsync();
        await Postgres.DisposeAsync();
        _files.Dispose();
    }

    private Dictionary<string, string> NodeEnvironment(string appData) => new()
    {
        ["DanVan__AppDataPath"] = Path.Combine(_files.Root, appData),
        ["DanVan__RecipesPath"] = _files.Recipes,
        ["ASPNETCORE_ENVIRONMENT"] = "Testing",
        ["DOTNET_ENVIRONMENT"] = "Testing",
        ["DanVan__Database__Provider"] = "Postgres",
        ["DanVan__Database__ConnectionString"] = ConnectionString,
        ["DanVan__Redis__Configuration"] = Redis.Configuration,
        ["DanVan__Redis__KeyPrefix"] = "cluster:",
        ["DanVan__Media__AzureBlob__ConnectionString"] = Azurite.ConnectionString,
        ["DanVan__TenantStorePollInterval"] = "00:10:00",
        // Tests sign in more often than people (the limits have their own tests).
        ["DanVan__RateLimits__SignIn__PermitLimit"] = "1000",
        // A killed node's setup lock lapses in seconds (renewed every third of it while the node lives).
        ["DanVan__Redis__LockExpiry"] = "00:00:06",
        // One line per log entry, so a test can find what a node said.
        ["Logging__Console__FormatterOptions__SingleLine"] = "true",
    };

    /// <summary>The district recipe plus a last media step whose source is a named pipe: a setup that waits, mid-way, for the test.</summary>
    private void AddBlockingRecipe()
    {
        var recipe = JsonNode.Parse(File.ReadAllText(Path.Combine(_files.Recipes, "district-board.recipe.json")))!.AsObject();
        recipe["name"] = BlockingRecipe;
        recipe["steps"]!.AsArray().Add(JsonNode.Parse("""{ "name": "media", "Files": [ { "TargetPath": "tai-lieu/cho.pdf", "SourcePath": "cho-tin-hieu.pdf" } ] }"""));
        _files.AddRecipe(BlockingRecipe + ".recipe.json", recipe.ToJsonString());
        using var mkfifo = Process.Start("mkfifo", BlockingPipe);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private async Task<string> IssueApiKeyAsync()
    {
        var portal = await SignedInAsync(A, string.Empty);
        var issued = await portal.PostFormAsync("/admin/tenants/api-keys", "/admin/tenants/api-keys", new() { ["name"] = "kiểm thử cụm" });
        var page = await issued.Content.ReadAsStringAsync();
        var key = KeyPattern().Match(page);
        Assert.True(key.Success, $"no API key on the page ({(int)issued.StatusCode})");
        return key.Groups[1].Value;
    }

    [GeneratedRegex("<code>(dvk_[^<]+)</code>")]
    private static partial Regex KeyPattern();
}
