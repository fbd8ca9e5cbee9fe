namespace DanVan.Orchard.Security;

/// <summary>A module's permissions; known to the tenant (roles may be granted them) while the module's feature is on.</summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();
}
