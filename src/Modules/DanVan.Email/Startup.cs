using DanVan.Email.Data;
using DanVan.Email.Outbox;
using DanVan.Email.Smtp;
using DanVan.Orchard.Data;
using DanVan.Orchard.Display;
using DanVan.Orchard.Health;
using DanVan.Orchard.Email;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Security;
using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace DanVan.Email;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<EmailDbContext>(EmailDbContext.MigrationsHistoryTable);
        services.AddSingleton<IValidateOptions<SmtpHostOptions>, SmtpHostOptionsValidator>();
        services.AddOptions<SmtpHostOptions>().Bind(configuration.GetSection(SmtpHostOptions.SectionName)).ValidateOnStart();
        if (!string.IsNullOrWhiteSpace(configuration.GetSection(SmtpHostOptions.SectionName)[nameof(SmtpHostOptions.Host)]))
        {
            services.AddHealthChecks().AddCheck<SmtpHealthCheck>(SmtpHealthCheck.Name, HealthStatus.Degraded, [HealthTags.Ready], HealthTags.Timeout);
        }

        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.SectionName));
        services.Configure<TenantSmtpOptions>(configuration.GetSection(TenantSmtpOptions.SectionName));
        services.AddEmailRateLimits();

        // After the module's own table: the always-on feature enabled in tenants set up before it existed.
        services.AddSingleton<ITenantMigration, EmailFeatureUpgrade>();
        services.TryAddKeyedSingleton<TimeProvider>(OutboxClock.Key, (sp, _) => sp.GetRequiredService<TimeProvider>());

        services.AddScoped<EmailSettingsStore>();
        services.AddScoped<SmtpEndpointResolver>();
        services.AddSingleton<MailTransportFactory>();
        services.AddScoped<IEmailOutbox, OutboxEmailSender>();
        services.AddScoped<OutboxTenantWorker>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxHealth>();
        services.AddSingleton<SmtpHostReachability>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());

        services.AddSingleton<ITenantAlertSource, MailFailureAlerts>();
        services.AddSingleton<IPermissionProvider, EmailPermissions>();
        services.AddSingleton<IAdminMenuProvider, EmailAdminMenu>();
    }
}
