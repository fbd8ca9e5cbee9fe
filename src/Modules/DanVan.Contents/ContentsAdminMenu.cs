using DanVan.Orchard.Display;

namespace DanVan.Contents;

public sealed class ContentsAdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Nội dung", "~/admin/contents", "✎", 10),
    ];
}
