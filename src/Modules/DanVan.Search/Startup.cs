using DanVan.Orchard.Contents;
using DanVan.Orchard.Data;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Tenancy;
using DanVan.Orchard.Display;
using DanVan.Orchard.Recipes;
using DanVan.Orchard.Security;
using DanVan.Search.Admin;
using DanVan.Search.Data;
using DanVan.Search.Indexing;
using DanVan.Search.Querying;
using DanVan.Search.Recipes;
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
        services.AddSingleton<SearchTenantStates>();
        services.AddSingleton<SearchResultsCache>();
        services.AddSingleton<ScoringHelperPool>();
        services.AddHostedService<SearchIndexWorker>();
        services.AddSingleton<ITenantRemovingHandler, SearchTenantRemovingHandler>();

        services.AddScoped<IContentChangeRecorder, SearchIndexTaskRecorder>();
        services.AddScoped<IContentEventHandler, SearchContentHandler>();
        services.AddScoped<SearchDocumentBuilder>();
        services.AddScoped<SearchIndexer>();
        services.AddScoped<SearchTaskReader>();
        services.AddScoped<SearchService>();

        services.AddSingleton<SearchHealth>();
        services.AddSingleton<ITenantAlertSource, SearchIndexAlerts>();
        services.AddSingleton<IDashboardSection, SearchDashboardSection>();
        services.AddScoped<IContentListTextSearch, ContentListTextSearch>();
        services.AddSingleton<IPermissionProvider, SearchPermissions>();
        services.AddSingleton<IAdminMenuProvider, SearchAdminMenu>();
        services.AddRecipeStep<LuceneIndexStep>("lucene-index");
    }
}
