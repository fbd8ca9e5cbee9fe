namespace DanVan.Orchard.Tenancy;

/// <summary>A module's part in setting up a tenant (e.g. Users creates the first administrator).</summary>
public interface ITenantSetupHandler
{
    /// <summary>Problems with the request, checked before anything is created.</summary>
    IEnumerable<string> Validate(TenantSetupRequest request);

    /// <summary>
    /// Work that needs no database (e.g. hashing the administrator's password), started before the migrations and
    /// recipes and running alongside them; results go into <see cref="TenantSetupContext.Properties"/>.
    /// </summary>
    Task PrepareAsync(TenantSetupContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs after the migrations and recipes, in the tenant's scope.</summary>
    Task SetupAsync(TenantSetupContext context, CancellationToken cancellationToken);
}
