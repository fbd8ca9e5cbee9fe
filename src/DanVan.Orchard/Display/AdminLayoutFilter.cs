using System.Reflection;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Display;

/// <summary>
/// Before a view renders: hands it the queued notices, and for admin controllers marks the page as admin (the one
/// place that decides the admin layout) and builds the menu from the enabled features' providers, keeping only what
/// the user may open.
/// <para>One instance for the application (its services are the request's, resolved when a view result runs): no
/// filter is made per request, which a page rendered afresh would pay for on every read.</para>
/// </summary>
public sealed class AdminLayoutFilter : IAsyncResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        if (context.Result is ViewResult)
        {
            var services = context.HttpContext.RequestServices;
            var layout = services.GetRequiredService<AdminLayoutContext>();
            layout.Notices.AddRange(services.GetRequiredService<Notifier>().Take());
            if (context.ActionDescriptor is ControllerActionDescriptor action &&
                action.ControllerTypeInfo.GetCustomAttribute<AdminAttribute>() is not null)
            {
                layout.IsAdminPage = action.MethodInfo.GetCustomAttribute<SiteLayoutAttribute>() is null;
                await BuildMenuAsync(layout, context);
            }
        }

        await next();
    }

    private static async Task BuildMenuAsync(AdminLayoutContext layout, ResultExecutingContext context)
    {
        // Resolved here, not injected: the filter also runs for the setup page, where no tenant database exists yet.
        var services = context.HttpContext.RequestServices;
        var features = services.GetRequiredService<FeatureGate>();
        var authorization = services.GetRequiredService<IAuthorizationService>();
        var user = context.HttpContext.User;
        var providers = await features.GetEnabledAsync<IAdminMenuProvider>(context.HttpContext.RequestAborted);
        var menu = new List<AdminMenuItem>();
        foreach (var item in providers.SelectMany(p => p.GetItems()))
        {
            if (item.Permission is null || await authorization.HasPermissionAsync(user, new Permission(item.Permission, string.Empty, string.Empty)))
            {
                menu.Add(item);
            }
        }

        layout.Menu = menu.OrderBy(i => i.Position).ToList();
        layout.UserName = user.Identity?.Name;
        var path = "~" + context.HttpContext.Request.Path.Value?.TrimEnd('/');
        layout.ActiveUrl = layout.Menu
            .Where(i => path.Equals(i.Url, StringComparison.OrdinalIgnoreCase) || path.StartsWith(i.Url + "/", StringComparison.OrdinalIgnoreCase))
            .MaxBy(i => i.Url.Length)?.Url;
    }
}
