using System.Globalization;
using DanVan.Orchard.Display;
using DanVan.Orchard.Recipes;
using DanVan.Orchard.Tenancy;
using DanVan.Tenants.ViewModels;

namespace DanVan.Tenants.Services;

/// <summary>
/// The rules behind the tenants admin pages: what a new tenant's form must say (an address prefix or a host, not
/// both; a password long enough or none for an invitation; a free address; a setup recipe), editing, removing, and
/// the lists the forms offer. Checks come before anything is created, so a bad form leaves no tenant behind.
/// </summary>
public sealed class TenantAdministration(
    ITenantManager tenants,
    TenantProvisioner provisioner,
    TenantStatistics statistics,
    FeatureProfileStore profiles,
    IRecipeHarvester recipes,
    ITenantValidator validator,
    RequiredFeatures requiredFeatures)
{
    public const int PageSize = 50;

    private static readonly StringComparer VietnameseOrder = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), true);

    private static readonly Dictionary<string, string> VariableLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bannerTitle"] = "Tiêu đề banner",
        ["bannerSubtitle"] = "Dòng phụ banner",
        ["contactAddress"] = "Địa chỉ liên hệ",
        ["contactPhone"] = "Điện thoại liên hệ",
        ["contactEmail"] = "E-mail liên hệ",
    };

    public async Task<TenantListViewModel> ListAsync(string? q, int? page, CancellationToken cancellationToken)
    {
        var text = q?.Trim();
        var all = (await tenants.ListAsync(cancellationToken))
            .Where(t => string.IsNullOrEmpty(text) ||
                t.Name.Contains(text, StringComparison.OrdinalIgnoreCase) ||
                (t.DisplayName?.Contains(text, StringComparison.CurrentCultureIgnoreCase) ?? false) ||
                (t.RequestUrlPrefix?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false))
            .OrderBy(t => !t.IsDefault).ThenBy(t => t.DisplayName ?? t.Name, VietnameseOrder)
            .ToList();
        var pager = Pager.Of(page, PageSize, all.Count);
        var rows = new List<TenantRow>();
        foreach (var tenant in all.Skip(pager.Skip).Take(PageSize))
        {
            rows.Add(new TenantRow(tenant, await statistics.GetAsync(tenant, cancellationToken)));
        }

        return new TenantListViewModel(rows, q, pager);
    }

    /// <summary>The rules of the create form its annotations cannot say, each on its field.</summary>
    public static IEnumerable<(string Field, string Message)> CheckCreateForm(TenantCreateViewModel model)
    {
        if (string.IsNullOrWhiteSpace(model.Prefix) == string.IsNullOrWhiteSpace(model.Host))
        {
            yield return (nameof(model.Prefix), "Nhập tiền tố đường dẫn hoặc tên miền riêng (chỉ một trong hai).");
        }

        if (!string.IsNullOrEmpty(model.AdminPassword) && model.AdminPassword.Length < 10)
        {
            yield return (nameof(model.AdminPassword), "Mật khẩu phải có ít nhất 10 ký tự (hoặc để trống để gửi thư mời).");
        }
    }

    /// <summary>Whether the new tenant's address is free and valid and its recipe a setup recipe; the problem if not.</summary>
    public async Task<string?> CheckNewTenantAsync(TenantCreateViewModel model, CancellationToken cancellationToken)
    {
        var address = TenantAddress.Create(model.Name, model.Prefix, model.Host);
        if (validator.Validate(address, null, await tenants.ListAsync(cancellationToken)) is [var first, ..])
        {
            return first.Message;
        }

        var recipe = await recipes.FindAsync(model.RecipeName, cancellationToken);
        return recipe is { IsSetupRecipe: true } ? null : $"Không có mẫu cài đặt “{model.RecipeName}”.";
    }

    public Task<ProvisionResult> CreateAsync(TenantCreateViewModel model, string siteBaseUrl, CancellationToken cancellationToken)
    {
        var variables = model.Variables.Where(v => !string.IsNullOrWhiteSpace(v.Value)).ToDictionary(v => v.Key, v => v.Value.Trim());
        var recipeList = model.SampleContent ? new[] { model.RecipeName, "sample-content" } : [model.RecipeName];
        return provisioner.ProvisionAsync(new ProvisionRequest(
            model.Name.Trim(), model.DisplayName, Blank(model.Prefix), Blank(model.Host), model.AdminEmail.Trim(), Blank(model.AdminPassword), recipeList, variables) { Lenient = model.Lenient },
            siteBaseUrl, cancellationToken);
    }

    public async Task<ProvisionResult> SetupAsync(TenantSettings tenant, TenantSetupViewModel model, string siteBaseUrl, CancellationToken cancellationToken)
    {
        var result = await provisioner.ProvisionAsync(new ProvisionRequest(
            tenant.Name, tenant.DisplayName, tenant.RequestUrlPrefix, tenant.RequestUrlHost, model.AdminEmail.Trim(), Blank(model.AdminPassword), [model.RecipeName]),
            siteBaseUrl, cancellationToken);

        // A profile assigned before the setup (or changed while it had failed) is honoured once it runs.
        if (result.Status == ProvisionStatus.Done)
        {
            await requiredFeatures.EnsureForAsync(tenant.Name, cancellationToken);
        }

        return result;
    }

    /// <summary>The features the tenant's profile requires, turned on; why not, or null.</summary>
    public Task<string?> EnsureRequiredFeaturesAsync(string tenantName, CancellationToken cancellationToken) =>
        requiredFeatures.EnsureForAsync(tenantName, cancellationToken);

    /// <summary>Saves the display name, address and feature profile; the problem if refused (nothing saved then).</summary>
    public async Task<string?> EditAsync(TenantSettings tenant, TenantEditViewModel model, CancellationToken cancellationToken)
    {
        var profile = string.IsNullOrWhiteSpace(model.FeatureProfile) ? null : model.FeatureProfile;
        var assigned = profile is null ? null : await profiles.FindAsync(profile, cancellationToken);
        if (profile is not null && assigned is null)
        {
            return $"Không có hồ sơ tính năng “{profile}”.";
        }

        try
        {
            await tenants.EditAsync(tenant.Name, model.DisplayName, model.Prefix, model.Host, cancellationToken);
            if (profile != tenant.FeatureProfile)
            {
                await tenants.ChangeAsync(tenant.Name, t => t with { FeatureProfile = profile }, cancellationToken);
            }

            if (assigned is not null)
            {
                await requiredFeatures.EnsureAsync(tenant, assigned, cancellationToken);
            }

            return null;
        }
        catch (TenantValidationException e)
        {
            return e.Message;
        }
    }

    /// <summary>Removes the tenant when <paramref name="confirmation"/> is its technical name; the problem if not.</summary>
    public async Task<(string? Field, string? Problem)> RemoveAsync(TenantSettings tenant, string? confirmation, CancellationToken cancellationToken)
    {
        if (!string.Equals(confirmation?.Trim(), tenant.Name, StringComparison.Ordinal))
        {
            return (nameof(TenantRemoveViewModel.Confirmation), $"Gõ đúng tên kỹ thuật “{tenant.Name}” để xác nhận xóa.");
        }

        try
        {
            await tenants.RemoveAsync(tenant.Name, cancellationToken);
            return (null, null);
        }
        catch (TenantValidationException e)
        {
            return (string.Empty, e.Message);
        }
    }

    public async Task<IReadOnlyList<string>> FeatureProfileNamesAsync(CancellationToken cancellationToken) =>
        (await profiles.ListAsync(cancellationToken)).Select(p => p.Name).ToList();

    /// <summary>The setup recipes and the variables they ask for (generated ones and scripts left out).</summary>
    public async Task FillCreateFormAsync(TenantCreateViewModel model, CancellationToken cancellationToken)
    {
        var setupRecipes = (await recipes.GetAllAsync(cancellationToken)).Where(r => r.IsSetupRecipe).ToList();
        model.Recipes = setupRecipes.Select(r => (r.Name, r.DisplayName)).ToList();
        model.VariableFields = setupRecipes
            .SelectMany(r => r.Variables
                .Where(v => !(v.Value?.ToString() ?? string.Empty).Contains("uuid()", StringComparison.Ordinal))
                .Select(v => new RecipeVariableField(r.Name, v.Key, VariableLabels.GetValueOrDefault(v.Key, v.Key),
                    v.Value?.ToString() is { } text && !text.StartsWith("[js:", StringComparison.Ordinal) ? text : null)))
            .ToList();
    }

    public async Task FillSetupFormAsync(TenantSetupViewModel model, TenantSettings tenant, CancellationToken cancellationToken)
    {
        model.Name = tenant.Name;
        model.DisplayName = tenant.DisplayName;
        model.FailureReason = tenant.FailureReason;
        model.Recipes = (await recipes.GetAllAsync(cancellationToken)).Where(r => r.IsSetupRecipe).Select(r => (r.Name, r.DisplayName)).ToList();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
