using DanVan.Orchard.Tenancy;
using DanVan.Tenants.Services;

namespace DanVan.Tenants.ViewModels;

public sealed record TenantRow(TenantSettings Tenant, TenantStats Stats);

public sealed record TenantListViewModel(IReadOnlyList<TenantRow> Rows, string? Query, DanVan.Orchard.Display.Pager Pager);
