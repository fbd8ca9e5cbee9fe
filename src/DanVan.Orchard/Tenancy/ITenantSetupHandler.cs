namespace DanVan.Orchard.Tenancy;

/// <summary>A module's part in setting up a tenant (e.g. Users creates the first administrator), after the recipes ran.</summary>
public interface ITenantSetupHandler
{
    /// <summary>Problems with the request, checked before anything is created.</summary>
    IEnumerable<string> Validate(TenantSetupRequest request);

    Task SetupAsync(TenantSetupContext context, CancellationToken cancellationToken);
}
