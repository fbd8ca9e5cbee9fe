namespace DanVan.Web.Tests;

/// <summary>The Default tenant and two district tenants, set up from the shipped recipes, shared by a test class or a
/// collection of them (<see cref="ReaderSiteCollection"/>, <see cref="AdminSiteCollection"/>).</summary>
public sealed class ProvisionedSiteFixture : OrchardWebApplicationFactory, IAsyncLifetime
{
    public const string SampleArticlePath = "tin-tuc/so-ket-cong-tac-dan-van-6-thang-dau-nam-2026";
    public const string SampleMeetingPath = "hoi-nghi/hoi-nghi-giao-ban-cong-tac-dan-van-quy-iii-nam-2026";

    public async Task InitializeAsync()
    {
        _ = Server;
        await Get<DanVan.Orchard.Tenancy.TenantSetupService>().SetupAsync("Default", SetupRequest("province-portal"), CancellationToken.None);
        await CreateAndSetupAsync("HoaAn", "hoa-an", "Ban Dân vận Huyện ủy Hòa An", "district-board", "sample-content");
        await CreateAndSetupAsync("TraLinh", "tra-linh", "Ban Dân vận Huyện ủy Trà Lĩnh", "district-board", "sample-content");
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
