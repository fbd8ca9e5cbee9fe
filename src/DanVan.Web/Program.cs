using DanVan.Orchard;
using DanVan.Orchard.Tenancy;
using DanVan.Web;
using DanVan.Web.Cli;

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
    await app.Services.GetRequiredService<TenantManager>().EnsureDefaultTenantAsync(CancellationToken.None);
}
catch (TenantStoreException e)
{
    // A tenant store that cannot be read (a bad hand edit): refuse to start, with one line naming the file and where.
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}

app.UseOrchard();
await app.RunAsync();
return 0;

/// <summary>Named so the integration tests' WebApplicationFactory can find the entry point.</summary>
public partial class Program;
