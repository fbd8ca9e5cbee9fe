namespace DanVan.Orchard.Tenancy;

/// <summary>Creates tenants and moves them between states; every change goes through the tenant store and reaches all processes.</summary>
public interface ITenantManager
{
    /// <summary>The tenants as stored (the last good list when the store cannot be read now).</summary>
    Task<IReadOnlyList<TenantSettings>> ListAsync(CancellationToken cancellationToken);

    Task<TenantSettings?> FindAsync(string name, CancellationToken cancellationToken);

    /// <summary>Adds an Uninitialized tenant; throws <see cref="TenantValidationException"/> for an invalid, reserved or taken address.</summary>
    Task<TenantSettings> CreateAsync(CreateTenantRequest request, CancellationToken cancellationToken);

    /// <summary>Throws when the name, prefix or host is invalid, reserved or taken, without writing anything.</summary>
    Task CheckAvailableAsync(string name, string? prefix, string? host, CancellationToken cancellationToken);

    /// <summary>Changes how people reach a tenant and what it is called, refusing a prefix or host that is reserved or another tenant's.</summary>
    Task<TenantSettings> EditAsync(string name, string? displayName, string? requestUrlPrefix, string? requestUrlHost, CancellationToken cancellationToken);

    /// <summary>Deletes a tenant that serves nobody (Disabled, Uninitialized or Failed): its database, its folder and its entry.</summary>
    Task RemoveAsync(string name, CancellationToken cancellationToken);

    Task<TenantSettings> DisableAsync(string name, CancellationToken cancellationToken);

    Task<TenantSettings> EnableAsync(string name, CancellationToken cancellationToken);

    /// <summary>Replaces a tenant's settings inside the store's lock.</summary>
    Task<TenantSettings> ChangeAsync(string name, Func<TenantSettings, TenantSettings> change, CancellationToken cancellationToken);
}
