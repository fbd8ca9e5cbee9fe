using System.Net;
using DanVan.Orchard.Data;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests;

/// <summary>
/// Only the wait for another node's migration lock reads as "being updated" (503, come back soon); a migration that
/// fails, with a timeout of its own too (a database or Redis timeout), is an error, and the next request tries again.
/// </summary>
public sealed class TenantMigrationFailureTests
{
    [Fact]
    public async Task A_timeout_inside_a_migration_is_answered_as_an_error_and_not_as_an_update_under_way()
    {
        using var site = new FailingMigrationSite();
        await site.Get<TenantSetupService>().SetupAsync("Default", OrchardWebApplicationFactory.SetupRequest("province-portal"), CancellationToken.None);

        // As if the database came from an earlier version: the migrations run again when the shell next opens.
        await site.InTenantAsync("Default", services =>
            services.GetRequiredService<IDocumentStore>().SaveAsync(TenantMigrator.MarkDocumentId, new Dictionary<string, string>(), CancellationToken.None));
        site.Get<TenantRegistry>().Release("Default");
        site.Migration.Fail = true;
        var client = site.CreateClient(new() { AllowAutoRedirect = false });

        var failed = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.DoesNotContain("đang được cập nhật", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        site.Migration.Fail = false;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    private sealed class FailingMigrationSite : OrchardWebApplicationFactory
    {
        public TimingOutMigration Migration { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<ITenantMigration>(Migration));
        }
    }

    private sealed class TimingOutMigration : ITenantMigration
    {
        public bool Fail { get; set; }

        public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
            Fail ? throw new TimeoutException("The database did not answer in time.") : Task.CompletedTask;

        public Task<IReadOnlyList<string>> GetPendingAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<string>>([]);

        public IEnumerable<string> GetMigrationIds(IServiceProvider services) => [];
    }
}
