namespace DanVan.Orchard.Tenancy;

public sealed record CreateTenantRequest(
    string Name,
    string? DisplayName,
    string? RequestUrlPrefix,
    string? RequestUrlHost,
    string? RecipeName,
    string DatabaseProvider = "Sqlite");
