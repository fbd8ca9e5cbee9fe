using DanVan.Orchard.Display;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Admin;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPermissionProvider, AdminPermissionProvider>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddScoped<Onboarding.OnboardingChecklist>();
        services.AddScoped<IOnboardingStepProvider, Onboarding.SiteOnboardingSteps>();
        services.AddScoped<DanVan.Orchard.Contents.IContentEventHandler, Onboarding.FirstArticleHandler>();
    }
}
