namespace DanVan.Orchard.Tenancy;

public enum TenantState
{
    Uninitialized,
    Initializing,
    Running,
    Disabled,
    Failed,
}
