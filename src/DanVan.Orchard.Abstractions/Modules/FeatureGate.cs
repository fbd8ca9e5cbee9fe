using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Modules;

/// <summary>
/// The current tenant's view of what modules registered: of every implementation of a contract (content handlers,
/// admin menus, permissions, setup handlers, integrity checks…) only those whose feature
/// (<see cref="FeatureCatalog.FeatureOf"/>) the tenant has on. Consumers ask here instead of each implementation
/// checking its own feature, so a forgotten check cannot make a disabled module act; the framework's own
/// implementations belong to no feature and are always on.
/// </summary>
public sealed class FeatureGate(FeatureManager features, FeatureCatalog catalog, IServiceProvider services)
{
    /// <summary>The implementations of <typeparamref name="T"/> active in the current tenant, in registration order.</summary>
    public Task<IReadOnlyList<T>> GetEnabledAsync<T>(CancellationToken cancellationToken)
        where T : class =>
        WhereEnabledAsync(services.GetServices<T>(), cancellationToken);

    /// <summary>Keeps the instances (e.g. singletons a host-wide service holds) whose feature is on in the current tenant.</summary>
    public async Task<IReadOnlyList<T>> WhereEnabledAsync<T>(IEnumerable<T> instances, CancellationToken cancellationToken)
        where T : class
    {
        var enabled = await features.GetEnabledAsync(cancellationToken);
        return instances.Where(instance => IsOn(instance.GetType(), enabled)).ToList();
    }

    /// <summary>Whether code of this type acts in the current tenant (for work a module runs itself, e.g. a background job per tenant).</summary>
    public async Task<bool> IsEnabledAsync(Type type, CancellationToken cancellationToken) =>
        IsOn(type, await features.GetEnabledAsync(cancellationToken));

    private bool IsOn(Type type, IReadOnlySet<string> enabled) => catalog.FeatureOf(type) is not { } feature || enabled.Contains(feature);
}
