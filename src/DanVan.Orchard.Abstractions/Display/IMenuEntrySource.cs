namespace DanVan.Orchard.Display;

/// <summary>
/// Entries a module adds to the readers' main menu after the edited ones (e.g. pages marked “Hiện trên menu”). They are
/// not part of the menu document, so the admin's menu page neither shows nor saves them.
/// </summary>
public interface IMenuEntrySource
{
    Task<IReadOnlyList<MenuItem>> GetEntriesAsync(CancellationToken cancellationToken);
}
