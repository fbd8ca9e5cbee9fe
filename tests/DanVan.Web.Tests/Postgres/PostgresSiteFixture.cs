using DanVan.Orchard.Tenancy;

namespace DanVan.Web.Tests.Postgres;

/// <summary>
/// A PostgreSQL server, and on it the Default tenant and the two sample districts set up as
/// <see cref="ProvisionedSiteFixture"/> does on SQLite. Classes that need a site of their own ask the server for a database.
/// </summary>
public sealed class PostgresSiteFixture : IAsyncLifetime
{
    public PostgresServer Server { get; } = new();

    public PostgresSite Site { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Server.InitializeAsync();
        Site = new PostgresSite(await Server.CreateDatabaseAsync());
        _ = Site.Server;
        await Site.Get<TenantSetupService>().SetupAsync("Default", OrchardWebApplicationFactory.SetupRequest("province-portal"), CancellationToken.None);
        await Site.CreateAndSetupAsync("HoaAn", "hoa-an", "Ban Dân vận Huyện ủy Hòa An", "district-board", "sample-content");
        await Site.CreateAndSetupAsync("TraLinh", "tra-linh", "Ban Dân vận Huyện ủy Trà Lĩnh", "district-board", "sample-content");
    }

    public async Task DisposeAsync()
    {
        if (Site is not null)
        {
            await Site.DisposeAsync();
        }

        await Server.DisposeAsync();
    }
}
