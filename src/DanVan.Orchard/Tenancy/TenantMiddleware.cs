using System.Globalization;
using DanVan.Orchard.Settings;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Tenancy;

/// <summary>
/// Finds the request's tenant (host first, then the first path segment, then Default), moves the prefix into PathBase
/// so every link and redirect stays inside the tenant, and answers for tenants that cannot serve (not set up, disabled,
/// or whose database is missing or unreadable).
/// Before anything is served (or cached), a request for a host the site does not serve is refused (when the portal's
/// public address is configured) and one whose host or prefix is not in its canonical lower case is sent there, so
/// <c>/HOA-AN/…</c> never shares an output-cache entry with <c>/hoa-an/…</c>.
/// </summary>
public sealed class TenantMiddleware(RequestDelegate next, TenantRegistry registry, PublicAddress publicAddress)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo(SiteSettings.DefaultCulture);

    public async Task InvokeAsync(HttpContext context, TenantContext tenantContext)
    {
        var request = context.Request;
        if (!publicAddress.Serves(request.Host))
        {
            await StatusPage.WriteAsync(context, StatusCodes.Status400BadRequest, "Tên miền không hợp lệ", "Địa chỉ này không thuộc hệ thống trang thông tin.");
            return;
        }

        if (request.Host.Value is { } hostValue && hostValue.Any(char.IsUpper))
        {
            RedirectToCanonical(context, $"{request.Scheme}://{hostValue.ToLowerInvariant()}{request.PathBase.ToUriComponent()}{request.Path.ToUriComponent()}{request.QueryString}");
            return;
        }

        var match = registry.Table.Resolve(request.Host.Value ?? string.Empty, request.Path.Value ?? "/");
        if (match is not { } found)
        {
            await StatusPage.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Trang chưa sẵn sàng", "Hệ thống đang khởi động, vui lòng thử lại sau ít phút.");
            return;
        }

        if (found.Prefix.Length > 0 &&
            context.Request.Path.StartsWithSegments("/" + found.Prefix, StringComparison.OrdinalIgnoreCase, out var matched, out var remaining))
        {
            if (!string.Equals(matched.Value, "/" + found.Prefix, StringComparison.Ordinal))
            {
                RedirectToCanonical(context, $"{request.PathBase.ToUriComponent()}/{found.Prefix}{remaining.ToUriComponent()}{request.QueryString}");
                return;
            }

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
                try
                {
                    await shell.EnsureMigratedAsync(ct => services.GetRequiredService<Data.TenantMigrator>().MigrateAsync(services, ct), context.RequestAborted);
                }
                catch (Locking.LockTimeoutException)
                {
                    // Another node is still migrating the tenant's database (an upgrade under way): not an error, come back
                    // soon. Only the lock wait says so: a migration that fails (a Redis or database timeout inside it
                    // too) is an error, answered and logged by the exception handler.
                    context.Response.Headers.RetryAfter = "10";
                    await StatusPage.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Trang đang được cập nhật",
                        "Trang thông tin đang được cập nhật phiên bản mới, vui lòng quay lại sau ít giây.");
                    return;
                }

                var site = await services.GetRequiredService<SiteService>().GetAsync(context.RequestAborted);
                tenantContext.UseSite(site);
                if (SiteSettings.FindCulture(site.Culture) is { } culture)
                {
                    CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
                }

                await next(context);
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

    /// <summary>301 for reads; 308 otherwise, so a form posted to the wrong case is posted again, not turned into a GET.</summary>
    private static void RedirectToCanonical(HttpContext context, string location)
    {
        var read = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
        context.Response.StatusCode = read ? StatusCodes.Status301MovedPermanently : StatusCodes.Status308PermanentRedirect;
        context.Response.Headers.Location = location;
    }
}
