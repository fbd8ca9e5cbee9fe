using System.Globalization;
using DanVan.Orchard.Display;
using DanVan.Orchard.Recipes;
using DanVan.Orchard.Security;
using DanVan.Orchard.Tenancy;
using DanVan.Tenants.Services;
using DanVan.Tenants.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Tenants.Controllers;

/// <summary>The provincial admins' page of district tenants: list, create, set up, edit, disable/enable, remove.</summary>
[Admin]
[RequirePermission(TenantsPermissions.Names.ManageTenants)]
[DefaultTenantOnly]
public sealed class TenantsAdminController(
    TenantManager tenants,
    TenantProvisioner provisioner,
    TenantStatistics statistics,
    FeatureProfileStore profiles,
    RecipeHarvester recipes,
    TenantValidator validator,
    PublicAddress publicAddress,
    Notifier notifier,
    AdminLayoutContext layout) : Controller
{
    private const int PageSize = 50;
    private static readonly Dictionary<string, string> VariableLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bannerTitle"] = "Tiêu đề banner",
        ["bannerSubtitle"] = "Dòng phụ banner",
        ["contactAddress"] = "Địa chỉ liên hệ",
        ["contactPhone"] = "Điện thoại liên hệ",
        ["contactEmail"] = "E-mail liên hệ",
    };

    private string SiteBaseUrl => publicAddress.PortalOrigin(Request);

    [HttpGet("/admin/tenants")]
    public async Task<IActionResult> Index(string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        var all = (await tenants.ListAsync(cancellationToken))
            .Where(t => string.IsNullOrWhiteSpace(q) ||
                t.Name.Contains(q.Trim(), StringComparison.OrdinalIgnoreCase) ||
                (t.DisplayName?.Contains(q.Trim(), StringComparison.CurrentCultureIgnoreCase) ?? false) ||
                (t.RequestUrlPrefix?.Contains(q.Trim(), StringComparison.OrdinalIgnoreCase) ?? false))
            .OrderBy(t => !t.IsDefault).ThenBy(t => t.DisplayName ?? t.Name, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), true))
            .ToList();
        var pageCount = Math.Max(1, (all.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = new List<TenantRow>();
        foreach (var tenant in all.Skip((page - 1) * PageSize).Take(PageSize))
        {
            rows.Add(new TenantRow(tenant, await statistics.GetAsync(tenant, cancellationToken)));
        }

        layout.Crumb("Các trang huyện");
        return View(new TenantListViewModel(rows, q, page, pageCount, all.Count));
    }

    [HttpGet("/admin/tenants/create")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        return await CreateFormAsync(new TenantCreateViewModel(), StatusCodes.Status200OK, cancellationToken);
    }

    [HttpPost("/admin/tenants/create")]
    public async Task<IActionResult> Create(TenantCreateViewModel model, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(model.Prefix) == string.IsNullOrWhiteSpace(model.Host))
        {
            ModelState.AddModelError(nameof(model.Prefix), "Nhập tiền tố đường dẫn hoặc tên miền riêng (chỉ một trong hai).");
        }

        if (!string.IsNullOrEmpty(model.AdminPassword) && model.AdminPassword.Length < 10)
        {
            ModelState.AddModelError(nameof(model.AdminPassword), "Mật khẩu phải có ít nhất 10 ký tự (hoặc để trống để gửi thư mời).");
        }

        if (!ModelState.IsValid)
        {
            return await CreateFormAsync(model, StatusCodes.Status400BadRequest, cancellationToken);
        }

        // Checked before anything is created, so a bad address leaves no tenant behind.
        var problem = await CheckNewTenantAsync(model, cancellationToken);
        if (problem is not null)
        {
            ModelState.AddModelError(string.Empty, problem);
            return await CreateFormAsync(model, StatusCodes.Status400BadRequest, cancellationToken);
        }

        var variables = model.Variables.Where(v => !string.IsNullOrWhiteSpace(v.Value)).ToDictionary(v => v.Key, v => v.Value.Trim());
        var recipeList = model.SampleContent ? new[] { model.RecipeName, "sample-content" } : [model.RecipeName];
        var result = await provisioner.ProvisionAsync(new ProvisionRequest(
            model.Name.Trim(), model.DisplayName, Blank(model.Prefix), Blank(model.Host), model.AdminEmail.Trim(), Blank(model.AdminPassword), recipeList, variables),
            SiteBaseUrl, cancellationToken);

        if (result.Status == ProvisionStatus.Failed)
        {
            notifier.Error($"Chưa cài đặt được trang “{model.DisplayName}”: {result.Error}");
            return result.Tenant is null
                ? await CreateFormAsync(model, StatusCodes.Status400BadRequest, cancellationToken)
                : Redirect(Url.Content("~/admin/tenants"));
        }

        notifier.Success(result.InvitationPath is null
            ? $"Đã tạo và cài đặt trang “{model.DisplayName}” trong {result.Milliseconds:0} ms."
            : $"Đã tạo trang “{model.DisplayName}”. Thư mời đặt mật khẩu đã vào hộp thư đi của trang, gửi tới {model.AdminEmail}; liên kết: {result.InvitationPath}");
        return Redirect(Url.Content("~/admin/tenants"));
    }

    [HttpGet("/admin/tenants/{name}/setup")]
    public async Task<IActionResult> Setup(string name, CancellationToken cancellationToken)
    {
        var tenant = await tenants.FindAsync(name, cancellationToken);
        if (tenant is null or { State: not (TenantState.Uninitialized or TenantState.Failed) })
        {
            return NotFound();
        }

        return await SetupFormAsync(new TenantSetupViewModel { Name = tenant.Name, RecipeName = tenant.RecipeName ?? "district-board" }, tenant, StatusCodes.Status200OK, cancellationToken);
    }

    [HttpPost("/admin/tenants/{name}/setup")]
    public async Task<IActionResult> Setup(string name, TenantSetupViewModel model, CancellationToken cancellationToken)
    {
        var tenant = await tenants.FindAsync(name, cancellationToken);
        if (tenant is null or { State: not (TenantState.Uninitialized or TenantState.Failed) })
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return await SetupFormAsync(model, tenant, StatusCodes.Status400BadRequest, cancellationToken);
        }

        var result = await provisioner.ProvisionAsync(new ProvisionRequest(
            tenant.Name, tenant.DisplayName, tenant.RequestUrlPrefix, tenant.RequestUrlHost, model.AdminEmail.Trim(), Blank(model.AdminPassword), [model.RecipeName]),
            SiteBaseUrl, cancellationToken);
        if (result.Status == ProvisionStatus.Failed)
        {
            ModelState.AddModelError(string.Empty, result.Error ?? "Cài đặt không thành công.");
            return await SetupFormAsync(model, result.Tenant ?? tenant, StatusCodes.Status400BadRequest, cancellationToken);
        }

        notifier.Success($"Đã cài đặt trang “{tenant.DisplayName ?? tenant.Name}”.");
        return Redirect(Url.Content("~/admin/tenants"));
    }

    [HttpGet("/admin/tenants/{name}/edit")]
    public async Task<IActionResult> Edit(string name, CancellationToken cancellationToken)
    {
        var tenant = await tenants.FindAsync(name, cancellationToken);
        if (tenant is null)
        {
            return NotFound();
        }

        layout.Crumb("Các trang huyện", "~/admin/tenants").Crumb(tenant.DisplayName ?? tenant.Name);
        return View(new TenantEditViewModel
        {
            Name = tenant.Name, DisplayName = tenant.DisplayName ?? tenant.Name, Prefix = tenant.RequestUrlPrefix, Host = tenant.RequestUrlHost, IsDefault = tenant.IsDefault,
            FeatureProfile = tenant.FeatureProfile,
            FeatureProfiles = (await profiles.ListAsync(cancellationToken)).Select(p => p.Name).ToList(),
        });
    }

    [HttpPost("/admin/tenants/{name}/edit")]
    public async Task<IActionResult> Edit(string name, TenantEditViewModel model, CancellationToken cancellationToken)
    {
        var tenant = await tenants.FindAsync(name, cancellationToken);
        if (tenant is null)
        {
            return NotFound();
        }

        model.Name = tenant.Name;
        model.IsDefault = tenant.IsDefault;
        if (ModelState.IsValid)
        {
            try
            {
                var profile = string.IsNullOrWhiteSpace(model.FeatureProfile) ? null : model.FeatureProfile;
                if (profile is not null && await profiles.FindAsync(profile, cancellationToken) is null)
                {
                    throw new TenantValidationException("profile", $"Không có hồ sơ tính năng “{profile}”.");
                }

                await tenants.EditAsync(tenant.Name, model.DisplayName, model.Prefix, model.Host, cancellationToken);
                if (profile != tenant.FeatureProfile)
                {
                    await tenants.ChangeAsync(tenant.Name, t => t with { FeatureProfile = profile }, cancellationToken);
                }

                notifier.Success($"Đã lưu trang “{model.DisplayName}”.");
                return Redirect(Url.Content("~/admin/tenants"));
            }
            catch (TenantValidationException e)
            {
                ModelState.AddModelError(string.Empty, e.Message);
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        model.FeatureProfiles = (await profiles.ListAsync(cancellationToken)).Select(p => p.Name).ToList();
        layout.Crumb("Các trang huyện", "~/admin/tenants").Crumb(tenant.DisplayName ?? tenant.Name);
        return View(model);
    }

    [HttpPost("/admin/tenants/{name}/disable")]
    public Task<IActionResult> Disable(string name, CancellationToken cancellationToken) =>
        ChangeStateAsync(() => tenants.DisableAsync(name, cancellationToken), "Đã tạm dừng trang “{0}”; bạn đọc sẽ thấy thông báo tạm ngừng hoạt động.");

    [HttpPost("/admin/tenants/{name}/enable")]
    public Task<IActionResult> Enable(string name, CancellationToken cancellationToken) =>
        ChangeStateAsync(() => tenants.EnableAsync(name, cancellationToken), "Trang “{0}” đã hoạt động trở lại.");

    [HttpGet("/admin/tenants/{name}/remove")]
    public async Task<IActionResult> Remove(string name, CancellationToken cancellationToken)
    {
        var tenant = await tenants.FindAsync(name, cancellationToken);
        if (tenant is null || tenant.IsDefault)
        {
            return NotFound();
        }

        layout.Crumb("Các trang huyện", "~/admin/tenants").Crumb("Xóa " + (tenant.DisplayName ?? tenant.Name));
        return View(new TenantRemoveViewModel { Name = tenant.Name, DisplayName = tenant.DisplayName });
    }

    [HttpPost("/admin/tenants/{name}/remove")]
    public async Task<IActionResult> Remove(string name, TenantRemoveViewModel model, CancellationToken cancellationToken)
    {
        var tenant = await tenants.FindAsync(name, cancellationToken);
        if (tenant is null || tenant.IsDefault)
        {
            return NotFound();
        }

        if (!string.Equals(model.Confirmation?.Trim(), tenant.Name, StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(model.Confirmation), $"Gõ đúng tên kỹ thuật “{tenant.Name}” để xác nhận xóa.");
        }
        else
        {
            try
            {
                await tenants.RemoveAsync(tenant.Name, cancellationToken);
                notifier.Success($"Đã xóa hẳn trang “{tenant.DisplayName ?? tenant.Name}” cùng cơ sở dữ liệu và tệp của trang.");
                return Redirect(Url.Content("~/admin/tenants"));
            }
            catch (TenantValidationException e)
            {
                ModelState.AddModelError(string.Empty, e.Message);
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        model.Name = tenant.Name;
        model.DisplayName = tenant.DisplayName;
        layout.Crumb("Các trang huyện", "~/admin/tenants").Crumb("Xóa " + (tenant.DisplayName ?? tenant.Name));
        return View(model);
    }

    private async Task<IActionResult> ChangeStateAsync(Func<Task<TenantSettings>> change, string success)
    {
        try
        {
            var tenant = await change();
            notifier.Success(string.Format(CultureInfo.InvariantCulture, success, tenant.DisplayName ?? tenant.Name));
        }
        catch (TenantValidationException e)
        {
            notifier.Error(e.Message);
        }

        return Redirect(Url.Content("~/admin/tenants"));
    }

    private async Task<string?> CheckNewTenantAsync(TenantCreateViewModel model, CancellationToken cancellationToken)
    {
        var address = TenantAddress.Create(model.Name, model.Prefix, model.Host);
        if (validator.Validate(address, null, await tenants.ListAsync(cancellationToken)) is [var first, ..])
        {
            return first.Message;
        }

        var recipe = await recipes.FindAsync(model.RecipeName, cancellationToken);
        return recipe is { IsSetupRecipe: true } ? null : $"Không có mẫu cài đặt “{model.RecipeName}”.";
    }

    private async Task<IActionResult> CreateFormAsync(TenantCreateViewModel model, int status, CancellationToken cancellationToken)
    {
        var all = await recipes.GetAllAsync(cancellationToken);
        model.Recipes = all.Where(r => r.IsSetupRecipe).Select(r => (r.Name, r.DisplayName)).ToList();
        model.VariableFields = all.Where(r => r.IsSetupRecipe)
            .SelectMany(r => r.Variables
                .Where(v => !(v.Value?.ToString() ?? string.Empty).Contains("uuid()", StringComparison.Ordinal))
                .Select(v => new RecipeVariableField(r.Name, v.Key, VariableLabels.GetValueOrDefault(v.Key, v.Key),
                    v.Value?.ToString() is { } text && !text.StartsWith("[js:", StringComparison.Ordinal) ? text : null)))
            .ToList();
        Response.StatusCode = status;
        layout.Crumb("Các trang huyện", "~/admin/tenants").Crumb("Tạo trang mới");
        return View("Create", model);
    }

    private async Task<IActionResult> SetupFormAsync(TenantSetupViewModel model, TenantSettings tenant, int status, CancellationToken cancellationToken)
    {
        model.Name = tenant.Name;
        model.DisplayName = tenant.DisplayName;
        model.FailureReason = tenant.FailureReason;
        model.Recipes = (await recipes.GetAllAsync(cancellationToken)).Where(r => r.IsSetupRecipe).Select(r => (r.Name, r.DisplayName)).ToList();
        Response.StatusCode = status;
        layout.Crumb("Các trang huyện", "~/admin/tenants").Crumb("Cài đặt " + (tenant.DisplayName ?? tenant.Name));
        return View("Setup", model);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

}
