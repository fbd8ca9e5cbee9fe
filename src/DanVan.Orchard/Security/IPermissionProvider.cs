namespace DanVan.Orchard.Security;

/// <summary>A module's permissions; listed for roles while <see cref="Feature"/> is on.</summary>
public interface IPermissionProvider
{
    string Feature { get; }

    IEnumerable<Permission> GetPermissions();
}
