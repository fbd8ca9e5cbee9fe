using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DanVan.Orchard;

/// <summary>Where <c>DanVan:AppDataPath</c> points: relative paths are taken from the content root.</summary>
public static class AppDataLocation
{
    public static AppDataPaths Resolve(IOptions<OrchardOptions> options, IHostEnvironment environment) =>
        new(Path.Combine(environment.ContentRootPath, options.Value.AppDataPath));
}
