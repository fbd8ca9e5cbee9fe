using System.Diagnostics;
using DanVan.Orchard.PageCache;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace DanVan.Bench;

/// <summary>
/// bench/compression.sh's helpers. <c>--compression page.html</c>: the page's size with gzip (what the page cache stores)
/// and brotli at qualities 4, 5 and 11, with the time one compression takes (median of repeated runs), so the stored
/// quality is chosen by figures. <c>--serve-static DIR --url U</c>: a bare Kestrel static file server (no compression,
/// no middleware), the ceiling the cached pages are compared with.
/// </summary>
public static class CompressionBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var serve = Value(args, "--serve-static");
        if (serve is not null)
        {
            await ServeStaticAsync(serve, Value(args, "--url") ?? "http://127.0.0.1:5081");
            return 0;
        }

        var page = await File.ReadAllBytesAsync(Value(args, "--compression") ?? throw new ArgumentException("--compression needs a file"));
        Console.WriteLine($"page: {page.Length} bytes identity");
        Report("gzip (stored)", () => PageEntryFactory.Gzip(page).Length);
        foreach (var quality in new[] { 4, 5, 11 })
        {
            Report($"brotli q{quality}", () => PageEntryFactory.Brotli(page, quality).Length);
        }

        return 0;
    }

    private static void Report(string label, Func<int> compress)
    {
        var size = compress(); // warm-up (JIT)
        var times = new List<double>();
        var total = Stopwatch.StartNew();
        while (times.Count < 5 || (total.ElapsedMilliseconds < 1000 && times.Count < 2000))
        {
            var clock = Stopwatch.StartNew();
            compress();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine($"{label,-14}: {size,6} bytes  {times[times.Count / 2]:0.000} ms per compression (median of {times.Count})");
    }

    private static async Task ServeStaticAsync(string root, string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.GetFullPath(root)),
            ServeUnknownFileTypes = true,
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
        });
        Console.WriteLine($"Serving {root} on {url}");
        await app.RunAsync();
    }

    private static string? Value(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
