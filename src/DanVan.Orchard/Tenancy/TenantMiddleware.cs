using System.Globalization;
using DanVan.Orchard.Settings;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVan.Orchard.Tenancy;

/// <summary>
/// Finds the request's tenant (host first, then the first path segment, then Default), moves the prefix into PathBase
/// so every link and redirect stays inside the tenant, and answers for tenants that cannot serve (not set up, disabled,
/// or whose database is missing or unreadable).
/// </summary>
public sealed class TenantMiddleware(RequestDelegate next, TenantRegistry registry, ILogger<TenantMiddleware> logger)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo(SiteSettings.DefaultCulture);

    public async Task InvokeAsync(HttpContext context, TenantContext tenantContext)
    {
        var match = registry.Table.Resolve(context.Request.Host.Value ?? string.Empty, context.Request.Path.Value ?? "/");
        if (match is not { } found)
        {
            await StatusPage.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Trang chưa sẵn sàng", "Hệ thống đang khởi động, vui lòng thử lại sau ít phút.");
            return;
        }

        if (found.Prefix.Length > 0 &&
            context.Request.Path.StartsWithSegments("/" + found.Prefix, StringComparison.OrdinalIgnoreCase, out var matched, out var remaining))
        {
            context.Request.PathBase = context.Request.PathBase.Add(matched);
            context.Request.Path = remaining.HasValue ? remaining : "/";
        }

        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Vietnamese;
        var tenant = found.Tenant;
        switch (tenant.State)
        {
            case TenantState.Running:
                var shell = registry.GetShell(tenant);
                if (!await shell.EnsureDatabaseAvailableAsync(context.RequestAborted))
                {
                    context.Response.Headers.RetryAfter = "30";
                    await StatusPage.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Trang tạm thời không truy cập được",
                        "Dữ liệu của trang thông tin này tạm thời không truy cập được. Quản trị viên đang khắc phục, xin vui lòng quay lại sau.");
                    return;
                }

                tenantContext.Activate(shell);
                var services = context.RequestServices;
                await shell.EnsureMigratedAsync(ct => services.GetRequiredService<Data.TenantMigrator>().MigrateAsync(services, ct), context.RequestAborted);
                var site = await services.GetRequiredService<SiteService>().GetAsync(context.RequestAborted);
                tenantContext.UseSite(site);
                if (SiteSettings.FindCulture(site.Culture) is { } culture)
                {
                    CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
                }

                await NextKeepingStoreErrorsAsync(context);
                return;
            case TenantState.Uninitialized when tenant.IsDefault:
                // Only the setup endpoints answer; the gate sends everything else to the setup page.
                await next(context);
                return;
            case TenantState.Initializing:
                context.Response.Headers.RetryAfter = "10";
                await StatusPage.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Trang đang được khởi tạo", "Trang thông tin đang được cài đặt, vui lòng quay lại sau ít giây.");
                return;
            case TenantState.Disabled:
                await StatusPage.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Trang tạm ngừng hoạt động", "Trang thông tin này đang tạm ngừng hoạt động. Xin vui lòng quay lại sau.");
                return;
            case TenantState.Failed:
                await StatusPage.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Trang chưa sẵn sàng", "Việc khởi tạo trang thông tin chưa hoàn tất. Quản trị viên đang xử lý.");
                return;
            default:
                await StatusPage.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Trang chưa được cài đặt", "Trang thông tin này chưa được cài đặt.");
                return;
        }
    }

    /// <summary>
    /// A tenant store that cannot be read (a bad hand edit of tenants.json) fails the pages that change tenants; they
    /// answer 503 with what is wrong instead of a 500. Pages that only read keep working from the last good table.
    /// </summary>
    private async Task NextKeepingStoreErrorsAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (TenantStoreException e) when (!context.Response.HasStarted)
        {
            logger.LogError("{Problem}", e.Message);
            context.Response.Clear();
            const string Title = "Danh sách trang đang bị lỗi";
            const string Message = "Tệp danh sách các trang (tenants.json) không đọc được nên chưa thể thay đổi; các trang vẫn hoạt động. Quản trị hệ thống cần sửa hoặc khôi phục tệp.";
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                await Results.Problem(Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: Title).ExecuteAsync(context);
                return;
            }

            await StatusPage.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, Title, Message);
        }
    }
}
