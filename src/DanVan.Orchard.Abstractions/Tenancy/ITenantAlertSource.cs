namespace DanVan.Orchard.Tenancy;

/// <summary>
/// What a module knows to be wrong with districts, for the portal's dashboard (the Email module: mail that could not
/// be delivered). Answers from what it already holds: the dashboard must not open every district's database.
/// </summary>
public interface ITenantAlertSource
{
    IReadOnlyList<TenantAlert> GetAlerts(IReadOnlyCollection<TenantSettings> tenants);
}
