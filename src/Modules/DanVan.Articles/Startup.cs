using DanVan.Articles.Services;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Modules;
using Microsoft.Extensions.Configuration;

namespace DanVan.Articles;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IContentTypeDisplay, ArticleDisplay>();
        services.AddScoped<ArticleIndex>();
        services.AddSingleton<DistrictNews>();
    }
}
