using System.Globalization;
using System.Diagnostics;
using System.Text;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Settings;
using DanVan.Orchard.Tenancy;
using DanVan.Tenants.Services;
using DanVan.Web;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bench;

/// <summary>Bulk provisioning from CSV (wall time) and memory per tenant at scale (RSS), in one process.</summary>
public static class ScaleBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        await using var app = OrchardServiceHost.Build();
        var services = app.Services;
        await BenchPortal.EnsureSetUpAsync(services);
        var tenants = services.GetRequiredService<TenantManager>();

        var csvIndex = Array.IndexOf(args, "--csv");
        if (csvIndex >= 0)
        {
            var rows = int.Parse(args[csvIndex + 1], CultureInfo.InvariantCulture);
            await ImportAsync(services, "csv", 0, 1);
            var seconds = await ImportAsync(services, "csv", 1, rows);
            Console.WriteLine($"bulk import from CSV: {rows} tenants in {seconds:0.00} s ({seconds * 1000 / rows:0} ms per tenant, warm process, district-board, invitation per admin)");
        }

        var scaleIndex = Array.IndexOf(args, "--scale");
        if (scaleIndex >= 0)
        {
            var steps = args[scaleIndex + 1].Split(',').Select(int.Parse).ToList();
            await ImportAsync(services, "warm", 0, 1);
            await VisitAllAsync(services);
            var baseline = Rss();
            Console.WriteLine($"RSS with the portal and 1 district, warm: {baseline:0} MB");
            var done = 0;
            foreach (var target in steps)
            {
                var clock = Stopwatch.StartNew();
                await ImportAsync(services, "scale", done, target - done);
                done = target;
                await VisitAllAsync(services);
                var rss = Rss();
                Console.WriteLine($"RSS after {target,5} more set-up tenants, each visited once: {rss:0} MB (+{(rss - baseline) / target:0.00} MB per tenant; set up in {clock.Elapsed.TotalSeconds:0.0} s)");
            }
        }

        return 0;
    }

    private static async Task<double> ImportAsync(IServiceProvider services, string prefix, int first, int count)
    {
        var csv = new StringBuilder("name,display_name,prefix_or_host,admin_email,recipe\n");
        for (var i = first; i < first + count; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{char.ToUpperInvariant(prefix[0])}{prefix[1..]}{i},Ban Dân vận huyện {prefix} {i},{prefix}-{i},admin{i}@{prefix}.example.vn,district-board\n");
        }

        var clock = Stopwatch.StartNew();
        var plan = await services.GetRequiredService<TenantCsvReader>().ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), CancellationToken.None);
        if (!plan.IsValid)
        {
            throw new InvalidOperationException(string.Join("; ", plan.Errors.Take(3)));
        }

        var results = await services.GetRequiredService<TenantImporter>().RunAsync(plan, "http://localhost", (_, _) => { }, CancellationToken.None);
        if (results.FirstOrDefault(r => r.Status == ProvisionStatus.Failed) is { } failed)
        {
            throw new InvalidOperationException(failed.Error);
        }

        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>What a first request does for a tenant: its shell, the migrations check, its settings, its home page's query.</summary>
    private static async Task VisitAllAsync(IServiceProvider services)
    {
        var registry = services.GetRequiredService<TenantRegistry>();
        foreach (var tenant in registry.Table.All.Where(t => t.State == TenantState.Running))
        {
            await using var scope = services.CreateAsyncScope();
            var shell = registry.GetShell(tenant);
            scope.ServiceProvider.GetRequiredService<TenantContext>().Activate(shell);
            await shell.EnsureMigratedAsync(ct => scope.ServiceProvider.GetRequiredService<DanVan.Orchard.Data.TenantMigrator>().MigrateAsync(scope.ServiceProvider, ct), CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<SiteService>().GetAsync(CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<IContentManager>().ListPublishedAsync("Article", 0, 20, CancellationToken.None);
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static double Rss()
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
}
