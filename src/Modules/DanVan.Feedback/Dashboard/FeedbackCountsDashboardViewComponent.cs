using System.Data.Common;
using System.Globalization;
using DanVan.Feedback.Data;
using DanVan.Orchard.Display;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Dashboard;

/// <summary>
/// Each running district's unhandled and recent reader messages on the provincial dashboard. Two count queries per
/// district of the page shown (<see cref="PageSize"/> a page, by name), each in that district's own database and
/// scope: nothing else of a district is read, and a district with the feature off is named as such, not opened further.
/// </summary>
public sealed class FeedbackCountsDashboardViewComponent(TenantScopes scopes, ITenantRegistry registry, IPublicAddress publicAddress) : ViewComponent
{
    public const int PageSize = 50;
    public const int RecentDays = 7;
    public const string PageKey = "gop-y-trang";

    private static readonly StringComparer Vietnamese = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);

    public async Task<IViewComponentResult> InvokeAsync(DashboardSectionContext context)
    {
        var running = context.Districts.Where(t => t.State == TenantState.Running)
            .OrderBy(t => t.DisplayName ?? t.Name, Vietnamese).ToList();
        var requested = int.TryParse(Request.Query[PageKey], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : (int?)null;
        var pager = Pager.Of(requested, PageSize, running.Count);
        var origin = publicAddress.PortalOrigin(Request);
        var rows = new List<FeedbackDistrictRow>();
        foreach (var tenant in running.Skip(pager.Skip).Take(PageSize))
        {
            var row = new FeedbackDistrictRow(tenant.Name, tenant.DisplayName ?? tenant.Name, publicAddress.BaseUrl(tenant, origin) + "admin/feedback");
            rows.Add(await CountAsync(tenant, row, HttpContext.RequestAborted));
        }

        return View("~/Views/FeedbackDashboard/Counts.cshtml", new FeedbackDashboardModel(rows, pager, PageKey));
    }

    private async Task<FeedbackDistrictRow> CountAsync(TenantSettings tenant, FeedbackDistrictRow row, CancellationToken cancellationToken)
    {
        // Looking at the dashboard is no use of the district: an idle one is still released.
        var shell = registry.GetShell(tenant, touch: false);
        if (!await shell.EnsureDatabaseAvailableAsync(cancellationToken))
        {
            return row with { AdminLink = null, Note = "Không đọc được cơ sở dữ liệu" };
        }

        try
        {
            return await scopes.RunAsync(tenant, async services =>
            {
                if (!await services.GetRequiredService<FeatureManager>().IsEnabledAsync(FeatureIds.Feedback, cancellationToken))
                {
                    return row with { AdminLink = null, Note = "Chưa bật ý kiến bạn đọc" };
                }

                await shell.EnsureMigratedAsync(services, cancellationToken);
                var messages = services.GetRequiredService<FeedbackDbContext>().Messages.AsNoTracking();
                var since = DateTime.UtcNow.AddDays(-RecentDays);
                return row with
                {
                    Unhandled = await messages.CountAsync(m => m.Status == FeedbackStatus.New, cancellationToken),
                    Recent = await messages.CountAsync(m => m.Status != FeedbackStatus.Spam && m.CreatedUtc >= since, cancellationToken),
                };
            }, touch: false);
        }
        catch (DbException)
        {
            // One district's broken database must not take the provincial dashboard down.
            return row with { Note = "Không đọc được số liệu" };
        }
    }
}
