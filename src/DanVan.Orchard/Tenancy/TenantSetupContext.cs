namespace DanVan.Orchard.Tenancy;

public sealed record TenantSetupContext(TenantSetupRequest Request, string AdminUserId, IServiceProvider Services);
