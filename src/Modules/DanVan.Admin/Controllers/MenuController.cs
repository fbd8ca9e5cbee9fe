using DanVan.Admin.ViewModels;
using DanVan.Orchard.Audit;
using DanVan.Orchard.Display;
using DanVan.Orchard.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using DanVan.Orchard.Text;

namespace DanVan.Admin.Controllers;

[Admin]
[RequirePermission(AdminPermissions.Names.ManageSettings)]
public sealed class MenuController(MenuService menu, Notifier notifier, AdminLayoutContext layout, IAuditTrailRecorder audit) : Controller
{
    private const int BlankRows = 3;

    [HttpGet("/admin/menu")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var items = await menu.GetAsync(cancellationToken);
        var model = new MenuEditViewModel { Rows = items.Select(i => new MenuRow { Text = i.Text, Url = i.Url }).ToList() };
        return Page(model, StatusCodes.Status200OK);
    }

    [HttpPost("/admin/menu")]
    public async Task<IActionResult> Index(MenuEditViewModel model, [FromForm] string? move, CancellationToken cancellationToken)
    {
        // "↑"/"↓" of a row (no script needed) submit the whole form: the rows are saved in their new order.
        var moved = MenuOrder.Move(model.Rows, move);
        var items = new List<MenuItem>();
        for (var i = 0; i < model.Rows.Count; i++)
        {
            var row = model.Rows[i];
            if (string.IsNullOrWhiteSpace(row.Text) && string.IsNullOrWhiteSpace(row.Url))
            {
                continue;
            }

            var item = new MenuItem(SafeText.Normalize(row.Text ?? string.Empty).Trim(), SafeText.Strip(row.Url ?? string.Empty).Trim());
            if (MenuService.Validate(item) is { } reason)
            {
                ModelState.AddModelError($"Rows[{i}]", $"Dòng {i + 1}: {reason}.");
            }

            items.Add(item);
        }

        if (!ModelState.IsValid)
        {
            return Page(model, StatusCodes.Status400BadRequest);
        }

        await menu.SaveAsync(items, cancellationToken);
        await audit.RecordAsync(
            new AuditEvent(AuditCategories.Menu, "Updated", "Menu chính", $"{items.Count} mục: {string.Join(", ", items.Select(i => i.Text))}"),
            cancellationToken);
        notifier.Success(moved is null ? "Đã lưu menu chính." : $"Đã chuyển “{moved}” và lưu thứ tự mới của menu.");
        return Redirect(Url.Content("~/admin/menu"));
    }

    private ViewResult Page(MenuEditViewModel model, int status)
    {
        model.Rows = model.Rows.Where(r => !string.IsNullOrWhiteSpace(r.Text) || !string.IsNullOrWhiteSpace(r.Url))
            .Concat(Enumerable.Range(0, BlankRows).Select(_ => new MenuRow())).ToList();
        Response.StatusCode = status;
        layout.Crumb("Menu chính");
        return View("Index", model);
    }
}
