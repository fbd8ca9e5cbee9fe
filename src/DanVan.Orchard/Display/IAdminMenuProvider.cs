namespace DanVan.Orchard.Display;

/// <summary>A module's entries in the admin menu; shown while <see cref="Feature"/> is on and the user has the entry's permission.</summary>
public interface IAdminMenuProvider
{
    string Feature { get; }

    IEnumerable<AdminMenuItem> GetItems();
}
