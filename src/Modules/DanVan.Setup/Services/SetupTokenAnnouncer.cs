using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DanVan.Setup.Services;

/// <summary>Prints the setup token at start when the Default tenant still needs setting up.</summary>
public sealed class SetupTokenAnnouncer(ITenantManager tenants, SetupToken token, ILogger<SetupTokenAnnouncer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var defaultTenant = await tenants.FindAsync(TenantSettings.DefaultTenantName, cancellationToken);
        if (defaultTenant is null or { State: TenantState.Uninitialized or TenantState.Failed })
        {
            SetupLog.NotSetUp(logger, token.Value);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
