using DanVan.Feedback.Captcha;
using DanVan.Feedback.Dashboard;
using DanVan.Feedback.Data;
using DanVan.Feedback.Services;
using DanVan.Orchard.Configuration;
using DanVan.Orchard.Data;
using DanVan.Orchard.Display;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Security;
using Microsoft.Extensions.Configuration;

namespace DanVan.Feedback;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<FeedbackDbContext>(FeedbackDbContext.MigrationsHistoryTable);
        services.AddValidatedOptions<ReCaptchaOptions, ReCaptchaOptionsValidator>(configuration);
        services.AddHttpClient(ReCaptchaVerifier.HttpClientName);
        services.AddFeedbackRateLimits(configuration);
        services.AddValidatedOptions<SignInCaptchaOptions, SignInCaptchaOptionsValidator>(configuration);

        services.AddScoped<CaptchaStore>();
        services.AddScoped<ReCaptchaSettingsStore>();
        services.AddScoped<ReCaptchaVerifier>();
        services.AddScoped<CaptchaGate>();
        services.AddScoped<ClientCounters>();
        services.AddScoped<RobotDetector>();
        services.AddSingleton<CaptchaIssueLimiter>();
        services.AddScoped<IHumanVerification, CaptchaHumanVerification>();
        services.AddSingleton<IDashboardSection, FeedbackDashboardSection>();
        services.AddScoped<FeedbackInbox>();
        services.AddScoped<PublishedAnswers>();
        services.AddSingleton<ReCaptchaOutages>();

        services.AddSingleton<IPermissionProvider, FeedbackPermissions>();
        services.AddSingleton<IAdminMenuProvider, FeedbackAdminMenu>();
    }
}
