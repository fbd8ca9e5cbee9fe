using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Tenancy;

/// <summary>Runs code in a scope that belongs to a given tenant, as a request of that tenant would (for the portal's work on districts).</summary>
public sealed class TenantScopes(IServiceScopeFactory scopes, ITenantRegistry registry)
{
    /// <param name="touch">False for background work that must not count as use (an idle tenant is still released).</param>
    public async Task<T> RunAsync<T>(TenantSettings tenant, Func<IServiceProvider, Task<T>> work, bool touch = true)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Activate(registry.GetShell(tenant, touch));
        return await work(scope.ServiceProvider);
    }
}
