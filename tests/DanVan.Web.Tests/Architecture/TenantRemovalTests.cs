using DanVan.Orchard.Media;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Architecture;

/// <summary>
/// Removing a tenant tells the modules (<see cref="ITenantRemovingHandler"/>) rather than the core deleting their data
/// itself: the Media module empties the tenant's part of the media store, whichever store is configured.
/// </summary>
public sealed class TenantRemovalTests : IAsyncLifetime
{
    private readonly OrchardWebApplicationFactory _site = new();
    private readonly RecordingMediaStore _store = new();
    private WebApplicationFactory<Program> _host = null!;

    public Task InitializeAsync()
    {
        _host = _site.WithWebHostBuilder(b => b.ConfigureTestServices(services => services.AddSingleton<IMediaStore>(_store)));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task Removing_a_tenant_deletes_its_media_through_the_media_module()
    {
        var tenants = _host.Services.GetRequiredService<TenantManager>();
        await tenants.CreateAsync(new CreateTenantRequest("XoaMedia", "Trang sẽ xóa", "xoa-media", null, "district-board"), CancellationToken.None);

        await tenants.RemoveAsync("XoaMedia", CancellationToken.None);

        Assert.Equal(["XoaMedia"], _store.DeletedTenants);
        Assert.Contains(_host.Services.GetServices<ITenantRemovingHandler>(), h => h.GetType().Assembly.GetName().Name == "DanVan.Media");
    }

    /// <summary>Records which tenants' media were deleted; nothing else is used by this test.</summary>
    private sealed class RecordingMediaStore : IMediaStore
    {
        public List<string> DeletedTenants { get; } = [];

        public Task DeleteTenantAsync(string tenant, CancellationToken cancellationToken)
        {
            DeletedTenants.Add(tenant);
            return Task.CompletedTask;
        }

        public Task<MediaFile?> GetFileAsync(string tenant, string path, CancellationToken cancellationToken) => Task.FromResult<MediaFile?>(null);

        public Task<Stream?> OpenReadAsync(string tenant, string path, CancellationToken cancellationToken) => Task.FromResult<Stream?>(null);

        public Task WriteAsync(string tenant, string path, Stream content, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<bool> TryCreateAsync(string tenant, string path, Stream content, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<bool> DeleteAsync(string tenant, string path, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task MoveAsync(string tenant, string from, string to, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<MediaEntry>> ListAsync(string tenant, string folder, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<MediaEntry>>([]);
    }
}
