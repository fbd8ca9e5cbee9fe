using DanVan.Orchard.Configuration;
using DanVan.Orchard.Health;
using DanVan.Orchard.Locking;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace DanVan.Orchard.ScaleOut;

public static class ScaleOutServiceCollectionExtensions
{
    /// <summary>The name every node gives data protection, so their keys (shared through Redis) protect for each other.</summary>
    public const string ApplicationName = "DanVan.Orchard";

    /// <summary>
    /// One node (no <c>DanVan:Redis:Configuration</c>): locks are this process's and nobody is told of changes (the CLI's
    /// are seen by polling the store). Several nodes: tenant changes are published on Redis, locks are taken there, and
    /// data-protection keys (sign-in cookies, antiforgery, protected settings) are kept there. Called after everything
    /// else is registered, so it wraps whichever tenant store was chosen.
    /// </summary>
    public static IServiceCollection AddScaleOut(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<RedisOptions, RedisOptionsValidator>(configuration);
        var redis = !string.IsNullOrWhiteSpace(configuration.GetSection(RedisOptions.SectionName)[nameof(RedisOptions.Configuration)]);
        services.AddOrchardHealthChecks(redis);
        if (!redis)
        {
            services.TryAddSingleton<ITenantChangeBus, SingleNodeTenantChangeBus>();
            services.TryAddSingleton<IDistributedLock, LocalDistributedLock>();
            services.TryAddSingleton<DanVan.Orchard.Security.IRateCounters, DanVan.Orchard.Security.LocalRateCounters>();

            // One node: the key ring beside the data it protects (App_Data), not in the account's home folder, so a
            // restart in a container or under another service account keeps every sign-in and protected setting.
            services.AddDataProtection().SetApplicationName(ApplicationName);
            services.AddOptions<KeyManagementOptions>().Configure<AppDataPaths, ILoggerFactory>((options, paths, logs) =>
            {
                if (options.XmlRepository is null)
                {
                    var folder = Path.Combine(paths.Root, "DataProtection-Keys");
                    LegacyKeyRingCopy.CopyIfEmpty(LegacyKeyRingCopy.DefaultFolder(), folder, logs.CreateLogger(typeof(LegacyKeyRingCopy)));
                    options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(folder), logs);
                }
            });
            return services;
        }

        services.AddSingleton<NodeIdentity>();
        services.AddSingleton<RedisConnection>();
        services.AddHostedService<RedisConnectionStarter>();
        services.AddSingleton<ITenantChangeBus, RedisTenantChangeBus>();
        services.AddSingleton<IDistributedLock, RedisDistributedLock>();
        services.AddSingleton<DanVan.Orchard.Security.IRateCounters, RedisRateCounters>();
        services.AddHostedService<RedisTenantChangeListener>();
        DecorateTenantStore(services);

        // One key ring for all the nodes. Tenants stay apart as before: every protector's purpose carries the tenant.
        services.AddDataProtection().SetApplicationName(ApplicationName);
        // Redis down at start: what needs the ring answers 503 until Redis is reached (see SharedKeyRingRepository).
        services.AddSingleton<SharedKeyRingRepository>();
        services.AddOptions<KeyManagementOptions>().Configure<SharedKeyRingRepository>((options, ring) => options.XmlRepository = ring);
        return services;
    }

    private static void DecorateTenantStore(IServiceCollection services)
    {
        var inner = services.Last(d => d.ServiceType == typeof(ITenantStore));
        services.Remove(inner);
        services.AddSingleton<ITenantStore>(sp => new ChangePublishingTenantStore(Create(sp, inner), sp.GetRequiredService<ITenantChangeBus>()));
    }

    private static ITenantStore Create(IServiceProvider services, ServiceDescriptor descriptor) => (ITenantStore)(
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
