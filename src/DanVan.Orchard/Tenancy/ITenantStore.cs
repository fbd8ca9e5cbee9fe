namespace DanVan.Orchard.Tenancy;

/// <summary>Where tenant settings live: a JSON file under App_Data on one node, a shared table when several nodes run.</summary>
public interface ITenantStore
{
    Task<IReadOnlyList<TenantSettings>> LoadAsync(CancellationToken cancellationToken);

    /// <summary>Reads, lets <paramref name="change"/> edit the list and writes it back, excluding every other writer meanwhile.</summary>
    Task<T> UpdateAsync<T>(Func<List<TenantSettings>, T> change, CancellationToken cancellationToken);

    /// <summary>A value that changes whenever the stored tenants change; cheap enough to poll.</summary>
    Task<string> GetVersionAsync(CancellationToken cancellationToken);
}
