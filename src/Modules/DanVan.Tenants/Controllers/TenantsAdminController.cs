using System.Globalization;
using DanVan.Orchard.Audit;
using DanVan.Orchard.Display;
using DanVan.Orchard.Security;
using DanVan.Orchard.Tenancy;
using DanVan.Tenants.Services;
using DanVan.Tenants.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Tenants.Controllers;

/// <summary>The provincial admins' page of district tenants: list, create, set up, edit, disable/enable, remove.
/// The rules are <see cref="TenantAdministration"/>'s.</summary>
[Admin]
[RequirePermission(TenantsPermissions.Names.ManageTenants)]
[DefaultTenantOnly]
public sealed class TenantsAdminController(
    ITenantManager tenants,
    TenantAdministration administration,
    IPublicAddress publicAddress,
    Notifier notifier,
    AdminLayoutContext layout,
    IAuditTrailRecorder audit) : Controller
{
    private const string ListUrl = "~/admin/tenants";
    private const string ListCrumb = "Các trang huyện";

    private string SiteBaseUrl => publicAddress.PortalOrigin(Request);

    [HttpGet("/admin/tenants")]
    public async Task<IActionResult> Index(string? q, int? page, CancellationToken cancellationToken)
    {
        var model = await administration.ListAsync(q, page, cancellationToken);
        layout.Crumb(ListCrumb);
        return View(model);
    }

    [HttpGet("/admin/tenants/create")]
    public Task<IActionResult> Create(CancellationToken cancellationToken) =>
        CreateFormAsync(new TenantCreateViewModel(), StatusCodes.Status200OK, cancellationToken);

    /// <summary>The technical name and prefix the create form suggests while the display name is typed.</summary>
    [HttpGet("/admin/tenants/name-suggestion")]
    public IActionResult NameSuggestion(string? displayName)
    {
        var (name, prefix) = TenantNames.Suggest(displayName?.Length > 200 ? displayName[..200] : displayName);
        return Json(new { name, prefix });
    }

    [HttpPost("/admin/tenants/create")]
    public async Task<IActionResult> Create(TenantCreateViewModel model, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(model.Name) && TenantNames.Suggest(model.DisplayName).Name is { Length: > 0 } suggested)
        {
            // Left empty: the name the form would have suggested (without script).
            model.Name = suggested;
            ModelState.Remove(nameof(model.Name));
        }

        foreach (var (field, message) in TenantAdministration.CheckCreateForm(model))
        {
            ModelState.AddModelError(field, message);
        }

        if (!ModelState.IsValid)
        {
            return await CreateFormAsync(model, StatusCodes.Status400BadRequest, cancellationToken);
        }

        if (await administration.CheckNewTenantAsync(model, cancellationToken) is { } problem)
        {
            ModelState.AddModelError(string.Empty, problem);
            return await CreateFormAsync(model, StatusCodes.Status400BadRequest, cancellationToken);
        }

        var result = await administration.CreateAsync(model, SiteBaseUrl, cancellationToken);
        if (result.Status == ProvisionStatus.Failed)
        {
            notifier.Error($"Chưa cài đặt được trang “{model.DisplayName}”: {result.Error}");
            return result.Tenant is null
                ? await CreateFormAsync(model, StatusCodes.Status400BadRequest, cancellationToken)
                : Redirect(Url.Content(ListUrl));
        }

        await audit.RecordAsync(new AuditEvent(AuditCategories.Tenants, "Created", model.DisplayName, Address(result.Tenant)), cancellationToken);
        notifier.Success(result.InvitationPath is null
            ? $"Đã tạo và cài đặt trang “{model.DisplayName}” trong {result.Milliseconds:0} ms."
            : $"Đã tạo trang “{model.DisplayName}”. Thư mời đặt mật khẩu đã vào hộp thư đi của trang, gửi tới {model.AdminEmail}; liên kết: {result.InvitationPath}");
        return Redirect(Url.Content(ListUrl));
    }

    [HttpGet("/admin/tenants/{name}/setup")]
    public async Task<IActionResult> Setup(string name, CancellationToken cancellationToken)
    {
        if (await FindAwaitingSetupAsync(name, cancellationToken) is not { } tenant)
        {
            return NotFound();
        }

        var model = new TenantSetupViewModel { Name = tenant.Name, RecipeName = tenant.RecipeName ?? "district-board" };
        return await SetupFormAsync(model, tenant, StatusCodes.Status200OK, cancellationToken);
    }

    [HttpPost("/admin/tenants/{name}/setup")]
    public async Task<IActionResult> Setup(string name, TenantSetupViewModel model, CancellationToken cancellationToken)
    {
        if (await FindAwaitingSetupAsync(name, cancellationToken) is not { } tenant)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return await SetupFormAsync(model, tenant, StatusCodes.Status400BadRequest, cancellationToken);
        }

        var result = await administration.SetupAsync(tenant, model, SiteBaseUrl, cancellationToken);
        if (result.Status == ProvisionStatus.Failed)
        {
            ModelState.AddModelError(string.Empty, result.Error ?? "Cài đặt không thành công.");
            var status = result.Refusal is { IsConflict: true } ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            return await SetupFormAsync(model, result.Tenant ?? tenant, status, cancellationToken);
        }

        await audit.RecordAsync(new AuditEvent(AuditCategories.Tenants, "SetUp", tenant.DisplayName ?? tenant.Name, tenant.Name), cancellationToken);
        notifier.Success($"Đã cài đặt trang “{tenant.DisplayName ?? tenant.Name}”.");
        return Redirect(Url.Content(ListUrl));
    }

    [HttpGet("/admin/tenants/{name}/edit")]
    public async Task<IActionResult> Edit(string name, CancellationToken cancellationToken)
    {
        if (await tenants.FindAsync(name, cancellationToken) is not { } tenant)
        {
            return NotFound();
        }

        layout.Crumb(ListCrumb, ListUrl).Crumb(tenant.DisplayName ?? tenant.Name);
        return View(new TenantEditViewModel
        {
            Name = tenant.Name, DisplayName = tenant.DisplayName ?? tenant.Name, Prefix = tenant.RequestUrlPrefix, Host = tenant.RequestUrlHost, IsDefault = tenant.IsDefault,
            FeatureProfile = tenant.FeatureProfile,
            FeatureProfiles = await administration.FeatureProfileNamesAsync(cancellationToken),
        });
    }

    [HttpPost("/admin/tenants/{name}/edit")]
    public async Task<IActionResult> Edit(string name, TenantEditViewModel model, CancellationToken cancellationToken)
    {
        if (await tenants.FindAsync(name, cancellationToken) is not { } tenant)
        {
            return NotFound();
        }

        model.Name = tenant.Name;
        model.IsDefault = tenant.IsDefault;
        if (ModelState.IsValid)
        {
            if (await administration.EditAsync(tenant, model, cancellationToken) is not { } problem)
            {
                await audit.RecordAsync(
                    new AuditEvent(AuditCategories.Tenants, "Edited", model.DisplayName, $"{tenant.Name}; hồ sơ tính năng: {model.FeatureProfile ?? "không"}"),
                    cancellationToken);
                notifier.Success($"Đã lưu trang “{model.DisplayName}”.");
                return Redirect(Url.Content(ListUrl));
            }

            ModelState.AddModelError(string.Empty, problem);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        model.FeatureProfiles = await administration.FeatureProfileNamesAsync(cancellationToken);
        layout.Crumb(ListCrumb, ListUrl).Crumb(tenant.DisplayName ?? tenant.Name);
        return View(model);
    }

    [HttpPost("/admin/tenants/{name}/disable")]
    public Task<IActionResult> Disable(string name, CancellationToken cancellationToken) =>
        ChangeStateAsync(() => tenants.DisableAsync(name, cancellationToken), "Disabled", "Đã tạm dừng trang “{0}”; bạn đọc sẽ thấy thông báo tạm ngừng hoạt động.");

    [HttpPost("/admin/tenants/{name}/enable")]
    public Task<IActionResult> Enable(string name, CancellationToken cancellationToken) =>
        ChangeStateAsync(
            async () =>
            {
                var tenant = await tenants.EnableAsync(name, cancellationToken);

                // Its profile may have gained a Require rule while it was stopped.
                if (await administration.EnsureRequiredFeaturesAsync(tenant.Name, cancellationToken) is { } problem)
                {
                    notifier.Warning($"Chưa bật được các tính năng bắt buộc của trang: {problem}");
                }

                return tenant;
            },
            "Enabled",
            "Trang “{0}” đã hoạt động trở lại.");

    [HttpGet("/admin/tenants/{name}/remove")]
    public async Task<IActionResult> Remove(string name, CancellationToken cancellationToken)
    {
        if (await tenants.FindAsync(name, cancellationToken) is not { IsDefault: false } tenant)
        {
            return NotFound();
        }

        layout.Crumb(ListCrumb, ListUrl).Crumb("Xóa " + (tenant.DisplayName ?? tenant.Name));
        return View(new TenantRemoveViewModel { Name = tenant.Name, DisplayName = tenant.DisplayName });
    }

    [HttpPost("/admin/tenants/{name}/remove")]
    public async Task<IActionResult> Remove(string name, TenantRemoveViewModel model, CancellationToken cancellationToken)
    {
        if (await tenants.FindAsync(name, cancellationToken) is not { IsDefault: false } tenant)
        {
            return NotFound();
        }

        var (field, problem) = await administration.RemoveAsync(tenant, model.Confirmation, cancellationToken);
        if (problem is null)
        {
            await audit.RecordAsync(new AuditEvent(AuditCategories.Tenants, "Removed", tenant.DisplayName ?? tenant.Name, tenant.Name), cancellationToken);
            notifier.Success($"Đã xóa hẳn trang “{tenant.DisplayName ?? tenant.Name}” cùng cơ sở dữ liệu và tệp của trang.");
            return Redirect(Url.Content(ListUrl));
        }

        ModelState.AddModelError(field ?? string.Empty, problem);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        model.Name = tenant.Name;
        model.DisplayName = tenant.DisplayName;
        layout.Crumb(ListCrumb, ListUrl).Crumb("Xóa " + (tenant.DisplayName ?? tenant.Name));
        return View(model);
    }

    private static string? Address(TenantSettings? tenant) =>
        tenant is null ? null : tenant.Name + " — " + (tenant.RequestUrlHost ?? "/" + tenant.RequestUrlPrefix);

    private async Task<TenantSettings?> FindAwaitingSetupAsync(string name, CancellationToken cancellationToken) =>
        await tenants.FindAsync(name, cancellationToken) is { State: TenantState.Uninitialized or TenantState.Failed } tenant ? tenant : null;

    private async Task<IActionResult> ChangeStateAsync(Func<Task<TenantSettings>> change, string auditName, string success)
    {
        try
        {
            var tenant = await change();
            await audit.RecordAsync(new AuditEvent(AuditCategories.Tenants, auditName, tenant.DisplayName ?? tenant.Name, tenant.Name), CancellationToken.None);
            notifier.Success(string.Format(CultureInfo.InvariantCulture, success, tenant.DisplayName ?? tenant.Name));
        }
        catch (TenantValidationException e)
        {
            notifier.Error(e.Message);
        }

        return Redirect(Url.Content(ListUrl));
    }

    private async Task<IActionResult> CreateFormAsync(TenantCreateViewModel model, int status, CancellationToken cancellationToken)
    {
        await administration.FillCreateFormAsync(model, cancellationToken);
        Response.StatusCode = status;
        layout.Crumb(ListCrumb, ListUrl).Crumb("Tạo trang mới");
        return View("Create", model);
    }

    private async Task<IActionResult> SetupFormAsync(TenantSetupViewModel model, TenantSettings tenant, int status, CancellationToken cancellationToken)
    {
        await administration.FillSetupFormAsync(model, tenant, cancellationToken);
        Response.StatusCode = status;
        layout.Crumb(ListCrumb, ListUrl).Crumb("Cài đặt " + (tenant.DisplayName ?? tenant.Name));
        return View("Setup", model);
    }
}
