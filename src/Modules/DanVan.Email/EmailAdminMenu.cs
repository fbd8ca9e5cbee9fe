using DanVan.Orchard.Display;

namespace DanVan.Email;

public sealed class EmailAdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Thư điện tử", "~/admin/email", "✉", 88, EmailPermissions.ManageEmail.Name),
        new("Hộp thư đi", "~/admin/email/outbox", "⇪", 89, EmailPermissions.ManageEmail.Name),
    ];
}
