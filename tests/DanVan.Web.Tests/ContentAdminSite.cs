namespace DanVan.Web.Tests;

/// <summary>The host of <see cref="ContentAdminTests"/>: the portal and HoaAn with the users of each role.</summary>
public sealed class ContentAdminSite : OrchardWebApplicationFactory, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await Get<DanVan.Orchard.Tenancy.TenantSetupService>().SetupAsync("Default", SetupRequest("province-portal"), CancellationToken.None);
        await CreateAndSetupAsync("HoaAn", "hoa-an", "Ban Dân vận Huyện ủy Hòa An", "district-board", "sample-content");
        foreach (var role in new[] { "Editor", "Author", "Contributor" })
        {
            await CreateUserAsync("HoaAn", role.ToLowerInvariant(), role);
        }
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
