using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DanVan.Orchard;

/// <summary>Resolved locations of App_Data and of each tenant's folder.</summary>
public sealed class AppDataPaths
{
    public AppDataPaths(IOptions<OrchardOptions> options, IHostEnvironment environment)
    {
        Root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.AppDataPath));
    }

    public string Root { get; }

    public string TenantFolder(string tenantName) => Path.Combine(Root, "Sites", tenantName);
}
