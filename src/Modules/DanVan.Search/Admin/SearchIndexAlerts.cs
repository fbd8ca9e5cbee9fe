using DanVan.Orchard.Tenancy;
using DanVan.Search.Indexing;

namespace DanVan.Search.Admin;

/// <summary>
/// For the portal's dashboard, from what this process holds (no district's database nor index is opened for it):
/// districts whose index is being rebuilt, waits for a rebuild, or failed to update.
/// </summary>
public sealed class SearchIndexAlerts(SearchIndexes indexes, SearchHealth health) : ITenantAlertSource
{
    public IReadOnlyList<TenantAlert> GetAlerts(IReadOnlyCollection<TenantSettings> tenants)
    {
        var alerts = new List<TenantAlert>();
        foreach (var tenant in tenants)
        {
            if (health.FailureOf(tenant.Name) is { } failure)
            {
                alerts.Add(new TenantAlert(tenant.Name, $"Chỉ mục tìm kiếm không cập nhật được: {failure}", "admin/search"));
            }
            else if (indexes.Find(tenant.Name) is { IsDisposed: false } index && (index.RebuildProgress is not null || index.NeedsRebuild))
            {
                var progress = index.RebuildProgress is { } p ? $" ({p.Done}/{p.Total} mục)" : string.Empty;
                alerts.Add(new TenantAlert(tenant.Name, $"Đang xây lại chỉ mục tìm kiếm{progress}.", "admin/search"));
            }
        }

        return alerts;
    }
}
