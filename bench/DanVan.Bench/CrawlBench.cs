using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace DanVan.Bench;

/// <summary>
/// bench/districts.sh's first pass: every URL of a file asked once (no URL twice, so every request is a cache miss
/// unless the page was cached before), by N concurrent readers that accept brotli like a browser. Prints requests/s,
/// p50/p99/max latency and the answers that were not 200.
/// Usage: DanVan.Bench --crawl URLS.txt [--concurrency 8]
/// </summary>
public static class CrawlBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var urls = await File.ReadAllLinesAsync(args[Array.IndexOf(args, "--crawl") + 1]);
        var concurrencyIndex = Array.IndexOf(args, "--concurrency");
        var concurrency = concurrencyIndex >= 0 ? int.Parse(args[concurrencyIndex + 1], CultureInfo.InvariantCulture) : 8;

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, AutomaticDecompression = DecompressionMethods.None };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Encoding", "br, gzip");

        var latencies = new double[urls.Length];
        var failures = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < urls.Length)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(urls[i], HttpCompletionOption.ResponseContentRead);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.AddOrUpdate($"{(int)response.StatusCode} {new Uri(urls[i]).AbsolutePath}", 1, (_, n) => n + 1);
                }
            }
        }));
        var seconds = clock.Elapsed.TotalSeconds;

        Array.Sort(latencies);
        double Percentile(double p) => latencies[Math.Clamp((int)Math.Ceiling(p * latencies.Length) - 1, 0, latencies.Length - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"crawl: {urls.Length} requests in {seconds:0.0} s ({urls.Length / seconds:0} req/s, {concurrency} readers): p50 {Percentile(0.5):0.00} ms, p99 {Percentile(0.99):0.00} ms, max {latencies[^1]:0.00} ms, not 200: {failures.Values.Sum()}"));
        foreach (var (what, count) in failures.OrderByDescending(f => f.Value).Take(10))
        {
            Console.WriteLine($"  {count} × {what}");
        }

        return failures.IsEmpty ? 0 : 1;
    }
}
