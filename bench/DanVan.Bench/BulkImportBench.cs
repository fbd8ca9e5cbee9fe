using System.Diagnostics;
using System.Globalization;
using DanVan.Orchard.Tenancy;
using DanVan.Tenants.Services;
using DanVan.Web;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bench;

/// <summary>
/// Bulk provisioning of districts with sample content (district-board + sample-content, no password: an invitation
/// each, as the CSV import does) through <see cref="TenantProvisioner"/>, by P concurrent workers; prints the wall time
/// and the time per tenant. Tenants are named District{first}.., prefix huyen-{i}, so bench/districts.sh reads them.
/// Usage: DanVan.Bench --bulk N [--first 1] [--parallel P]   (P defaults to the number of cores)
/// </summary>
public static class BulkImportBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = Arg(args, "--bulk", 1000);
        var first = Arg(args, "--first", 1);
        var parallel = Arg(args, "--parallel", Environment.ProcessorCount);

        await using var app = OrchardServiceHost.Build();
        var services = app.Services;
        await BenchPortal.EnsureSetUpAsync(services);

        var provisioner = services.GetRequiredService<TenantProvisioner>();
        using var breakdown = new SetupBreakdown();
        var times = new double[count];
        var failed = 0;
        var next = first - 1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < first + count)
            {
                var result = await provisioner.ProvisionAsync(new ProvisionRequest(
                    $"District{i}", $"Ban Dân vận huyện {i}", $"huyen-{i}", null, $"admin{i}@example.vn", null,
                    ["district-board", "sample-content"]), "http://localhost", CancellationToken.None);
                times[i - first] = result.Milliseconds;
                if (result.Status == ProvisionStatus.Failed)
                {
                    Interlocked.Increment(ref failed);
                    Console.Error.WriteLine($"District{i}: {result.Error}");
                }

                if ((i - first + 1) % 100 == 0)
                {
                    Console.Error.WriteLine($"  {i - first + 1} districts after {clock.Elapsed.TotalSeconds:0.0} s");
                }
            }
        })));
        var seconds = clock.Elapsed.TotalSeconds;
        Array.Sort(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"bulk import: {count} districts with sample content in {seconds:0.0} s ({seconds * 1000 / count:0.0} ms per district, {parallel} workers; one provisioning median {times[count / 2]:0} ms, p95 {times[Math.Min(count - 1, (int)(count * 0.95))]:0} ms), failed: {failed}"));
        // One commit for the whole import: each part is its total over all districts (all workers), not a median.
        breakdown.Commit();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"where the time went: provisioning {times.Sum() / 1000:0.0} s in total over the workers; the setup's parts, as totals in ms over all districts (read 'median' as 'total'):"));
        breakdown.Print(Console.Out);
        return failed == 0 ? 0 : 1;
    }

    private static int Arg(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
