namespace DanVan.Orchard.Tenancy;

/// <param name="DatabaseProvider">Null: the node's configured provider (<c>DanVan:Database:Provider</c>).</param>
public sealed record CreateTenantRequest(
    string Name,
    string? DisplayName,
    string? RequestUrlPrefix,
    string? RequestUrlHost,
    string? RecipeName,
    string? DatabaseProvider = null);
