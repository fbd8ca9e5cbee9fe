using DanVan.Orchard;

namespace DanVan.Web;

/// <summary>
/// The site's services without a web server, for the CLI and the benchmark: same configuration sources, same
/// App_Data, same modules. Logs go to stderr only, and only critical ones (callers report their own errors) and what a
/// lenient recipe's steps skip.
/// </summary>
public static class OrchardServiceHost
{
    public static WebApplication Build()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseStaticWebAssets(); // recipes may take files from the themes' wwwroot, as the site serves them
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Critical",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Critical",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Critical",
            [$"Logging:LogLevel:{DanVan.Orchard.Recipes.RecipeExecutor.SkippedCategory}"] = "Warning",
        });
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddOrchard(builder.Configuration, OrchardComposition.Modules, OrchardComposition.Themes);
        var app = builder.Build();

        // No request is served, but tenant prefixes are checked against the routes the site maps.
        app.MapOrchardEndpoints(serving: false);
        return app;
    }
}
