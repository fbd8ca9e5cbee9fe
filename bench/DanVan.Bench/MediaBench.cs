using System.Diagnostics;
using DanVan.Media.Services;
using DanVan.Orchard.Tenancy;
using DanVan.Web;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bench;

/// <summary>Upload throughput through the media library (checks, safe names, store write) into the configured store.</summary>
public static class MediaBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var file = args[Array.IndexOf(args, "--media") + 1];
        var bytes = await File.ReadAllBytesAsync(file);
        const int count = 50;

        await using var app = OrchardServiceHost.Build();
        var services = app.Services;
        var registry = services.GetRequiredService<TenantRegistry>();
        await registry.ReloadAsync(CancellationToken.None);
        var tenant = registry.Table.All.First(t => !t.IsDefault && t.State == TenantState.Running);
        var scopes = services.GetRequiredService<TenantScopes>();

        var clock = Stopwatch.StartNew();
        await scopes.RunAsync(tenant, async scoped =>
        {
            var library = scoped.GetRequiredService<MediaLibrary>();
            for (var i = 0; i < count; i++)
            {
                await library.UploadAsync("bench", $"anh-{i}.jpg", new MemoryStream(bytes), owner: null, CancellationToken.None);
            }

            return true;
        });
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"upload: {count} x {bytes.Length / 1024} KB in {seconds:0.00} s = {count / seconds:0} files/s, {count * bytes.Length / 1048576.0 / seconds:0.0} MB/s (tenant {tenant.Name})");
        return 0;
    }
}
