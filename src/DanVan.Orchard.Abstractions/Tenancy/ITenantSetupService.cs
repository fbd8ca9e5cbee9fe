namespace DanVan.Orchard.Tenancy;

/// <summary>Sets a tenant up (database, migrations, recipes, setup handlers), all or nothing.</summary>
public interface ITenantSetupService
{
    /// <summary>
    /// Sets up an Uninitialized or Failed tenant and returns it Running; on failure it is left Failed with the reason
    /// and <see cref="TenantSetupException"/>, <see cref="TenantValidationException"/> or a recipe error is thrown.
    /// </summary>
    Task<TenantSettings> SetupAsync(string tenantName, TenantSetupRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// What <see cref="SetupAsync"/> checks before it changes anything (the recipes exist and their unknown items are
    /// refused, or leniently skipped; the administrator's details), so a tenant is created only for a setup that can run.
    /// Throws <see cref="TenantValidationException"/> or a recipe error.
    /// </summary>
    Task ValidateAsync(TenantSetupRequest request, CancellationToken cancellationToken);
}
