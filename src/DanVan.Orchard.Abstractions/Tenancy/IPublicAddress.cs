using Microsoft.AspNetCore.Http;

namespace DanVan.Orchard.Tenancy;

/// <summary>The absolute addresses of the portal and its tenants, for links that leave the site (mails, feeds, other tenants).</summary>
public interface IPublicAddress
{
    /// <summary>The portal's address without a trailing slash (the configured one, or one trusted from the request).</summary>
    string PortalOrigin(HttpRequest? request);

    /// <summary>The tenant's absolute base URL, ending with '/', for a link made while serving <paramref name="request"/>.</summary>
    string BaseUrl(TenantSettings tenant, HttpRequest? request);

    /// <summary>The tenant's absolute base URL, ending with '/', given the portal's address (for work done outside a request).</summary>
    string BaseUrl(TenantSettings tenant, string portalOrigin);
}
