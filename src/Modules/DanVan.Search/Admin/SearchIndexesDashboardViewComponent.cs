using System.Globalization;
using DanVan.Orchard.Display;
using DanVan.Orchard.Tenancy;
using DanVan.Search.Indexing;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Search.Admin;

/// <summary>
/// Every district's index on the provincial dashboard: documents, pending tasks, last update, state. From what this
/// process holds (the open indexes, the worker's last look) and each index's status file: no closed index and no
/// district database is opened. Districts needing attention first, then by name, <see cref="PageSize"/> a page; only
/// the page's status files are read.
/// </summary>
public sealed class SearchIndexesDashboardViewComponent(SearchIndexes indexes, SearchHealth health) : ViewComponent
{
    public const int PageSize = 50;
    public const string PageKey = "chi-muc-trang";

    private static readonly StringComparer Vietnamese = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);

    public IViewComponentResult Invoke(DashboardSectionContext context)
    {
        var rows = context.Districts.Select(FromMemory)
            .OrderByDescending(r => r.NeedsAttention).ThenBy(r => r.DisplayName, Vietnamese).ToList();
        var requested = int.TryParse(Request.Query[PageKey], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : (int?)null;
        var pager = Pager.Of(requested, PageSize, rows.Count);
        var page = rows.Skip(pager.Skip).Take(PageSize).Select(WithFile).ToList();
        return View("~/Views/SearchDashboard/Indexes.cshtml", new SearchDashboardModel(page, pager, PageKey));
    }

    private SearchDistrictIndexRow FromMemory(TenantSettings tenant)
    {
        var name = tenant.DisplayName ?? tenant.Name;
        var pending = health.PendingOf(tenant.Name);
        if (tenant.State != TenantState.Running)
        {
            return new(tenant.Name, name, NotRunning(tenant.State), false) { Pending = pending };
        }

        if (health.FailureOf(tenant.Name) is { } failure)
        {
            return new(tenant.Name, name, "Lỗi cập nhật: " + failure, true) { Pending = pending };
        }

        if (indexes.Find(tenant.Name) is not { IsDisposed: false } open)
        {
            return new(tenant.Name, name, string.Empty, pending > 0) { Pending = pending };
        }

        var state = open.RebuildProgress is { } p ? $"Đang xây lại ({p.Done}/{p.Total} mục)"
            : open.NeedsRebuild ? "Chờ xây lại"
            : "Đang mở";
        return new(tenant.Name, name, state, open.RebuildProgress is not null || open.NeedsRebuild || pending > 0)
        {
            Documents = open.DocumentCount,
            Pending = pending,
            UpdatedUtc = open.LastUpdatedUtc,
        };
    }

    /// <summary>A closed index's documents and last update from its status file (the only file read); "chưa mở" without one.</summary>
    private SearchDistrictIndexRow WithFile(SearchDistrictIndexRow row)
    {
        if (row.Documents is not null)
        {
            return row;
        }

        var file = SearchIndexStatusFile.Read(indexes.PathOf(row.Name));
        var state = row.State.Length > 0 ? row.State : file is null ? "chưa mở" : "Đã đóng (không có người dùng gần đây)";
        return row with { State = state, Documents = file?.Documents, UpdatedUtc = file?.UpdatedUtc };
    }

    private static string NotRunning(TenantState state) => state switch
    {
        TenantState.Disabled => "Trang tạm dừng",
        TenantState.Failed => "Trang lỗi cài đặt",
        TenantState.Initializing => "Trang đang cài đặt",
        _ => "Trang chưa cài đặt",
    };
}
