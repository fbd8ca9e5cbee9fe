using System.Globalization;
using System.Diagnostics;
using DanVan.Orchard.Settings;
using DanVan.Orchard.Tenancy;
using DanVan.Web;
using Microsoft.Extensions.DependencyInjection;

// Sets up N district tenants from district-board + sample-content in ONE warm process and prints, per tenant,
// "Tenant 'DistrictN' is set up in X ms." (creation + setup, excluding process start), then the median/p95 and the
// process memory after every tenant has been "visited" (shell created, settings loaded) once.
// Usage: dotnet DanVan.Bench.dll [--tenants N] [--first 1]   (App_Data and recipes from DanVan__* variables)
//        dotnet DanVan.Bench.dll --csv N                     bulk-provision N tenants from a generated CSV, wall time
//        dotnet DanVan.Bench.dll --scale 10,100,1000         RSS after that many set-up tenants, each visited once
//        dotnet DanVan.Bench.dll --search [10000]        search: index N generated articles, query p50/p99, precision@3
//        dotnet DanVan.Bench.dll --portal-search [100] [200]  portal-wide query p50/p99 over D districts × A articles, RSS
//        dotnet DanVan.Bench.dll --media photo.jpg           upload throughput into the configured media store
//        dotnet DanVan.Bench.dll --email 2000                outbox: enqueue cost, delivery throughput to a local SMTP server
//        dotnet DanVan.Bench.dll --soak-editor --url U       bench/soak.sh's editor (publishes, uploads) against a running site
//        dotnet DanVan.Bench.dll --soak-import --url U       bench/soak.sh's CSV import through the portal's admin
//        dotnet DanVan.Bench.dll --bulk 1000 [--parallel P]     bulk import of districts with sample content, wall time
//        dotnet DanVan.Bench.dll --propagation --node-a U --node-b U [--rounds 5]  bench/propagation.sh: A -> B times
//        dotnet DanVan.Bench.dll --crawl urls.txt [--concurrency 8]  bench/districts.sh's first pass: each URL once, p50/p99
//        dotnet DanVan.Bench.dll --compression page.html     bench/compression.sh: gzip/brotli 4/5/11 sizes and times
//        dotnet DanVan.Bench.dll --serve-static DIR --url U  bench/compression.sh's static-file ceiling (bare Kestrel)
if (args.Contains("--compression") || args.Contains("--serve-static"))
{
    return await DanVan.Bench.CompressionBench.RunAsync(args);
}

if (args.Contains("--propagation"))
{
    return await DanVan.Bench.PropagationBench.RunAsync(args);
}

if (args.Contains("--bulk"))
{
    return await DanVan.Bench.BulkImportBench.RunAsync(args);
}

if (args.Contains("--cache-figures"))
{
    return await DanVan.Bench.CacheFigures.RunAsync(args);
}

if (args.Contains("--crawl"))
{
    return await DanVan.Bench.CrawlBench.RunAsync(args);
}

if (args.Contains("--soak-editor"))
{
    return await DanVan.Bench.SoakEditor.RunAsync(args);
}

if (args.Contains("--soak-import"))
{
    return await DanVan.Bench.SoakImport.RunAsync(args);
}

if (args.Contains("--email"))
{
    return await DanVan.Bench.EmailBench.RunAsync(args);
}

if (args.Contains("--portal-search"))
{
    return await DanVan.Bench.PortalSearchBench.RunAsync(args);
}

if (args.Contains("--search"))
{
    return await DanVan.Bench.SearchBench.RunAsync(args);
}

if (args.Contains("--media"))
{
    return await DanVan.Bench.MediaBench.RunAsync(args);
}

if (args.Contains("--csv") || args.Contains("--scale"))
{
    return await DanVan.Bench.ScaleBench.RunAsync(args);
}

var count = ArgValue("--tenants", 10);
var first = ArgValue("--first", 1);

// Between setups, as an administrator creating districts one by one leaves: time for background work (PostgreSQL's
// spare schemas are topped up after each setup). Not counted in the setup times.
var pauseMs = ArgValue("--pause-ms", 0);
const string password = "Bench-Password-2026";

await using var app = OrchardServiceHost.Build();
var services = app.Services;
var tenants = services.GetRequiredService<TenantManager>();
var setup = services.GetRequiredService<TenantSetupService>();
var registry = services.GetRequiredService<TenantRegistry>();
await tenants.EnsureDefaultTenantAsync(CancellationToken.None);

if ((await tenants.FindAsync("Default", CancellationToken.None))!.State != TenantState.Running)
{
    var clock = Stopwatch.StartNew();
    await setup.SetupAsync("Default", new TenantSetupRequest(["province-portal"], "Ban Dân vận Tỉnh ủy", "admin", "admin@example.vn", password), CancellationToken.None);
    Console.WriteLine($"Default tenant (first in this process, cold) is set up in {clock.ElapsedMilliseconds} ms.");
}

using var breakdown = new DanVan.Bench.SetupBreakdown();

// One tenant first, not counted: it pays for the JIT and EF Core's model building, which a running site has done.
await tenants.CreateAsync(new CreateTenantRequest($"Warmup{first}", null, $"warmup-{first}", null, "district-board"), CancellationToken.None);
await setup.SetupAsync($"Warmup{first}", new TenantSetupRequest(["district-board", "sample-content"], null, "admin", "warmup@example.vn", password), CancellationToken.None);
await Task.Delay(pauseMs);
breakdown.Discard();
GC.Collect();
var rssBefore = RssMegabytes();

var timings = new List<double>(count);
var creations = new List<double>(count);
for (var i = first; i < first + count; i++)
{
    var clock = Stopwatch.StartNew();
    await tenants.CreateAsync(new CreateTenantRequest($"District{i}", $"Ban Dân vận huyện {i}", $"huyen-{i}", null, "district-board"), CancellationToken.None);
    creations.Add(clock.Elapsed.TotalMilliseconds);
    await setup.SetupAsync($"District{i}", new TenantSetupRequest(["district-board", "sample-content"], null, "admin", $"admin{i}@example.vn", password), CancellationToken.None);
    timings.Add(clock.Elapsed.TotalMilliseconds);
    breakdown.Commit();
    Console.WriteLine($"Tenant 'District{i}' is set up in {clock.Elapsed.TotalMilliseconds:0.0} ms.");
    if (pauseMs > 0)
    {
        await Task.Delay(pauseMs);
    }
}

// Visit every tenant once, as a first request would: shell, migrations check, site settings.
foreach (var tenant in registry.Table.All.Where(t => t.State == TenantState.Running))
{
    await using var scope = services.CreateAsyncScope();
    var shell = registry.GetShell(tenant);
    scope.ServiceProvider.GetRequiredService<TenantContext>().Activate(shell);
    await scope.ServiceProvider.GetRequiredService<SiteService>().GetAsync(CancellationToken.None);
}

GC.Collect();
GC.WaitForPendingFinalizers();
GC.Collect();
var rssAfter = RssMegabytes();
timings.Sort();
creations.Sort();
Console.WriteLine($"setup (in-process, create + setup): median {Percentile(0.5):0.0} ms, p95 {Percentile(0.95):0.0} ms, min {timings[0]:0.0} ms, max {timings[^1]:0.0} ms (n={timings.Count})");
Console.WriteLine($"  create (tenant store entry): median {creations[creations.Count / 2]:0.0} ms");
breakdown.Print(Console.Out);
Console.WriteLine($"RSS: {rssBefore:0} MB before, {rssAfter:0} MB after {registry.Table.All.Count} tenants visited ({(rssAfter - rssBefore) / count:0.00} MB per added tenant); managed heap {GC.GetTotalMemory(false) / 1048576.0:0} MB");
return 0;

double Percentile(double p) => timings[Math.Clamp((int)Math.Ceiling(p * timings.Count) - 1, 0, timings.Count - 1)];

int ArgValue(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
}

static double RssMegabytes()
{
    foreach (var line in File.ReadLines("/proc/self/status"))
    {
        if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
        {
            return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
        }
    }

    return double.NaN;
}
