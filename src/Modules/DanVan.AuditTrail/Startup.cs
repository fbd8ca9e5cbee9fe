using DanVan.AuditTrail.Data;
using DanVan.AuditTrail.Handlers;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Data;
using DanVan.Orchard.Display;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.AuditTrail;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<AuditTrailDbContext>(AuditTrailDbContext.MigrationsHistoryTable);
        services.AddScoped<IContentEventHandler, AuditTrailContentHandler>();
        services.AddScoped<DanVan.Orchard.Audit.IAuditEventHandler, AuditTrailEventHandler>();
        services.Configure<AuditTrailOptions>(configuration.GetSection(AuditTrailOptions.SectionName));
        services.AddSingleton<AuditTrailRetention>();
        services.AddSingleton<IPermissionProvider, AuditTrailPermissions>();
        services.AddSingleton<IAdminMenuProvider, AuditTrailAdminMenu>();
    }
}
