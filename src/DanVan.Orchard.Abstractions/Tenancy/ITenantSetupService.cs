namespace DanVan.Orchard.Tenancy;

/// <summary>Sets a tenant up (database, migrations, recipes, setup handlers), all or nothing.</summary>
public interface ITenantSetupService
{
    /// <summary>
    /// Sets up an Uninitialized or Failed tenant and returns it Running; on failure it is left Failed with the reason
    /// and <see cref="TenantSetupException"/>, <see cref="TenantValidationException"/> or a recipe error is thrown.
    /// </summary>
    Task<TenantSettings> SetupAsync(string tenantName, TenantSetupRequest request, CancellationToken cancellationToken);
}
