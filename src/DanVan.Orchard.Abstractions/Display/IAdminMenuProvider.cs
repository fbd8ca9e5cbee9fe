namespace DanVan.Orchard.Display;

/// <summary>A module's entries in the admin menu; shown while the module's feature is on and the user has the entry's permission.</summary>
public interface IAdminMenuProvider
{
    IEnumerable<AdminMenuItem> GetItems();
}
