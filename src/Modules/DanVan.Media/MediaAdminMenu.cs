using DanVan.Media.Security;
using DanVan.Orchard.Display;

namespace DanVan.Media;

public sealed class MediaAdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() => [new("Thư viện media", "~/admin/media", "▣", 20, MediaPermissions.ManageOwnMedia.Name)];
}
