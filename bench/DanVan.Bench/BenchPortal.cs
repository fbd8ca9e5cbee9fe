using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bench;

/// <summary>The portal (Default, province-portal) the scenarios run beside, set up once per App_Data.</summary>
public static class BenchPortal
{
    public static async Task EnsureSetUpAsync(IServiceProvider services)
    {
        var tenants = services.GetRequiredService<TenantManager>();
        await tenants.EnsureDefaultTenantAsync(CancellationToken.None);
        if ((await tenants.FindAsync("Default", CancellationToken.None))!.State != TenantState.Running)
        {
            await services.GetRequiredService<TenantSetupService>().SetupAsync("Default",
                new TenantSetupRequest(["province-portal"], "Ban Dân vận Tỉnh ủy", "admin", "admin@example.vn", "Bench-Password-2026"), CancellationToken.None);
        }
    }
}
