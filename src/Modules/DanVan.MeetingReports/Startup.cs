using DanVan.Orchard.Contents;
using DanVan.Orchard.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.MeetingReports;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IContentTypeDisplay, MeetingReportDisplay>();
    }
}
