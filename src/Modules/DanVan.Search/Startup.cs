using DanVan.Orchard.Contents;
using DanVan.Orchard.Data;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Tenancy;
using DanVan.Search.Data;
using DanVan.Search.Indexing;
using DanVan.Search.Querying;
using Microsoft.Extensions.Configuration;

namespace DanVan.Search;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SearchOptions>(configuration.GetSection(SearchOptions.Section));
        services.AddTenantDbContext<SearchDbContext>(SearchDbContext.MigrationsHistoryTable);

        services.AddSingleton<SearchIndexes>();
        services.AddSingleton<SearchSignals>();
        services.AddSingleton<PortalSearch>();
        services.AddHostedService<SearchIndexWorker>();
        services.AddSingleton<ITenantRemovingHandler, SearchTenantRemovingHandler>();

        services.AddScoped<IContentChangeRecorder, SearchIndexTaskRecorder>();
        services.AddScoped<IContentEventHandler, SearchContentHandler>();
        services.AddScoped<SearchDocumentBuilder>();
        services.AddScoped<SearchIndexer>();
        services.AddScoped<SearchService>();
    }
}
