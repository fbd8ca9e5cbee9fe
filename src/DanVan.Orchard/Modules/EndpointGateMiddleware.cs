using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Modules;

/// <summary>
/// Runs after routing: an endpoint of a feature that is off in the tenant answers 404; a tenant that is not set up
/// reaches only the setup endpoints (anything else is sent to the setup page), and a running one never reaches them.
/// </summary>
public sealed class EndpointGateMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, TenantContext tenant)
    {
        var endpoint = context.GetEndpoint();
        var isSetupEndpoint = endpoint?.Metadata.GetMetadata<SetupEndpointAttribute>() is not null;

        if (!tenant.HasTenant)
        {
            if (isSetupEndpoint)
            {
                await next(context);
            }
            else
            {
                context.Response.Redirect(context.Request.PathBase + "/setup" + context.Request.QueryString);
            }

            return;
        }

        var required = endpoint?.Metadata.GetMetadata<RequiresFeatureAttribute>();
        if (isSetupEndpoint || (required is not null &&
            !await context.RequestServices.GetRequiredService<FeatureManager>().IsEnabledAsync(required.FeatureId, context.RequestAborted)))
        {
            context.SetEndpoint(null);
            await StatusPage.NotFoundAsync(context);
            return;
        }

        await next(context);
    }
}
