using DanVan.Orchard.Data;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Tenancy;

namespace DanVan.Email;

/// <summary>
/// The e-mail feature is always on, but a tenant set up before it existed has no <c>DanVan.Email</c> in its shell
/// descriptor, so its mail was only logged. This step runs with the tenant's migrations (once per shell, before its
/// first request or the outbox sender's first turn) and enables it — with the feature manager, as the features page
/// would. A tenant being set up (no features yet) is left to its recipe. Once enabled it cannot be disabled, so this
/// does its work once per tenant. It changes no schema: it adds nothing to the schema key.
/// </summary>
public sealed class EmailFeatureUpgrade : ITenantMigration
{
    public const string Id = "EmailFeature:enable-in-tenants-set-up-before-it";

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (await IsNeededAsync(services, cancellationToken))
        {
            await services.GetRequiredService<FeatureManager>().EnableAsync([FeatureIds.Email], cancellationToken);
            var logger = services.GetRequiredService<ILogger<EmailFeatureUpgrade>>();
            var tenant = services.GetRequiredService<TenantContext>().Settings.Name;
            EmailOutboxLog.EmailFeatureEnabled(logger, tenant);
        }
    }

    public async Task<IReadOnlyList<string>> GetPendingAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await IsNeededAsync(services, cancellationToken) ? [Id] : [];

    public IEnumerable<string> GetMigrationIds(IServiceProvider services) => [];

    private static async Task<bool> IsNeededAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var enabled = await services.GetRequiredService<FeatureManager>().GetEnabledAsync(cancellationToken);
        return enabled.Count > 0 && !enabled.Contains(FeatureIds.Email);
    }
}
