using DanVan.Orchard;
using DanVan.Orchard.Configuration;
using DanVan.Orchard.Tenancy;
using DanVan.Web;
using DanVan.Web.Cli;
using Microsoft.Extensions.Options;

if (args is ["tenants", ..])
{
    return await TenantsCli.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);

// Serve the themes' and modules' assets from their projects when running from a build (not only in Development);
// a published site has them copied into wwwroot and this finds no manifest.
builder.WebHost.UseStaticWebAssets();
builder.Services.AddOrchard(builder.Configuration, OrchardComposition.Modules, OrchardComposition.Themes);
builder.Services.AddHostedService<TenantStoreWatcher>();

var app = builder.Build();
try
{
    // The options checks that would run when the host starts, run now: a bad value is reported before anything else.
    app.Services.GetService<IStartupValidator>()?.Validate();
    await app.Services.GetRequiredService<TenantManager>().EnsureDefaultTenantAsync(CancellationToken.None);
    app.UseOrchard();
    await app.RunAsync();
    return 0;
}
catch (TenantStoreException e)
{
    // A tenant store that cannot be read (a bad hand edit): refuse to start, with one line naming the file and where.
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}
catch (Exception e) when (e.ConfigurationFailures() is { } failures)
{
    // A bad configuration value (checked on start): one line per bad key, no stack trace.
    foreach (var failure in failures)
    {
        Console.Error.WriteLine($"error: {failure}");
    }

    return 1;
}

/// <summary>Named so the integration tests' WebApplicationFactory can find the entry point.</summary>
public partial class Program;
