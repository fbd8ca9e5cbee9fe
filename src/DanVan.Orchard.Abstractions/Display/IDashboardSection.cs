namespace DanVan.Orchard.Display;

/// <summary>
/// A section a module adds to the provincial dashboard (<c>/admin/tenants/dashboard</c>, Default tenant): a view
/// component invoked with a <see cref="DashboardSectionContext"/> (argument <c>context</c>), sections in
/// <see cref="Order"/>. Like <see cref="Tenancy.ITenantAlertSource"/>, it answers from what the module already holds:
/// the dashboard must not open every district's database.
/// </summary>
public interface IDashboardSection
{
    int Order { get; }

    /// <summary>The view component rendering the section.</summary>
    Type ViewComponent { get; }
}
