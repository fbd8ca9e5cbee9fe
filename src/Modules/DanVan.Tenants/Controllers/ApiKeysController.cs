using System.Security.Claims;
using DanVan.Orchard.Display;
using DanVan.Orchard.Security;
using DanVan.Orchard.Tenancy;
using DanVan.Tenants.Services;
using DanVan.Tenants.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Tenants.Controllers;

[Admin]
[RequirePermission(TenantsPermissions.Names.ManageTenants)]
[DefaultTenantOnly]
public sealed class ApiKeysController(ApiKeyStore keys, Notifier notifier, AdminLayoutContext layout) : Controller
{
    [HttpGet("/admin/tenants/api-keys")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        return Page(new ApiKeysViewModel(await keys.ListAsync(cancellationToken), null));
    }

    [HttpPost("/admin/tenants/api-keys")]
    public async Task<IActionResult> Issue([FromForm] string? name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
        {
            notifier.Error("Đặt cho khóa một tên gợi nhớ (tối đa 100 ký tự).");
            return Redirect(Url.Content("~/admin/tenants/api-keys"));
        }

        var key = await keys.IssueAsync(name.Trim(), User.FindFirstValue(ClaimTypes.Name) ?? "?", cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return Page(new ApiKeysViewModel(await keys.ListAsync(cancellationToken), key));
    }

    [HttpPost("/admin/tenants/api-keys/{id}/revoke")]
    public async Task<IActionResult> Revoke(string id, CancellationToken cancellationToken)
    {
        await keys.RevokeAsync(id, cancellationToken);
        notifier.Success("Đã thu hồi khóa; các lệnh dùng khóa này sẽ bị từ chối.");
        return Redirect(Url.Content("~/admin/tenants/api-keys"));
    }

    private ViewResult Page(ApiKeysViewModel model)
    {
        layout.Crumb("Các trang huyện", "~/admin/tenants").Crumb("Khóa API");
        return View("Index", model);
    }
}
