namespace DanVan.Orchard.Security;

/// <summary>The permissions granted to roles in the current tenant (kept by the Users module).</summary>
public interface IRolePermissionStore
{
    Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> GetAsync(CancellationToken cancellationToken);
}
