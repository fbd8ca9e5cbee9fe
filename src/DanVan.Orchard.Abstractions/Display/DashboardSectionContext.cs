using DanVan.Orchard.Tenancy;

namespace DanVan.Orchard.Display;

/// <summary>What a dashboard section is given: every district (not the Default tenant), in every state.</summary>
public sealed record DashboardSectionContext(IReadOnlyList<TenantSettings> Districts);
