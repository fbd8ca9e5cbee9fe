using DanVan.Contents.Data;
using DanVan.Orchard.Configuration;
using DanVan.Orchard.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DanVan.Contents.Scheduling;

public static class PublishScheduleServices
{
    /// <summary>The schedule table, the admin's access to it and the background publisher (one per node).</summary>
    public static IServiceCollection AddPublishSchedule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<ContentsDbContext>(ContentsDbContext.MigrationsHistoryTable);
        services.AddValidatedOptions<PublishScheduleOptions, PublishScheduleOptionsValidator>(configuration);
        services.TryAddKeyedSingleton<TimeProvider>(PublishScheduleClock.Key, (sp, _) => sp.GetRequiredService<TimeProvider>());
        services.AddScoped<PublishSchedule>();
        services.AddScoped<ScheduledPublisher>();
        services.AddScoped<DanVan.Orchard.Contents.IContentEventHandler, ScheduleContentHandler>();
        services.AddSingleton<PublishScheduleSignal>();
        services.AddSingleton<PublishScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<PublishScheduler>());
        return services;
    }
}
