using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DanVan.Orchard.Tests.Tenancy;

/// <summary>A registry over tenants kept in memory, and the address services built on it, for unit tests.</summary>
public static class TenantFixtures
{
    public static Task<TenantRegistry> RegistryAsync(params TenantSettings[] tenants) => RegistryAsync(new MemoryTenantStore(tenants));

    public static async Task<TenantRegistry> RegistryAsync(ITenantStore store)
    {
        var registry = new TenantRegistry(store, [], NullLogger<TenantRegistry>.Instance);
        await registry.ReloadAsync(CancellationToken.None);
        return registry;
    }

    public static PublicAddress Address(TenantRegistry registry, string? publicBaseUrl = null) =>
        new(new FixedOptions(new OrchardOptions { PublicBaseUrl = publicBaseUrl }), registry);

    private sealed class FixedOptions(OrchardOptions value) : IOptionsMonitor<OrchardOptions>
    {
        public OrchardOptions CurrentValue => value;

        public OrchardOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<OrchardOptions, string?> listener) => null;
    }

    public sealed class MemoryTenantStore(IEnumerable<TenantSettings> tenants) : ITenantStore
    {
        private readonly List<TenantSettings> _tenants = tenants.ToList();

        public Task<IReadOnlyList<TenantSettings>> LoadAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<TenantSettings>>(_tenants.ToList());

        public Task<T> UpdateAsync<T>(Func<List<TenantSettings>, T> change, CancellationToken cancellationToken) =>
            Task.FromResult(change(_tenants));

        public Task<string> GetVersionAsync(CancellationToken cancellationToken) => Task.FromResult(_tenants.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
