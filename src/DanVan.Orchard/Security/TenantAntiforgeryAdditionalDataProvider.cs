using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Security;

/// <summary>
/// Puts the tenant's name into every antiforgery form token and refuses a token of another tenant. Anonymous forms
/// (sign-in, forgotten password) have no user to bind the token to, so without this a token and cookie obtained on
/// one district's page would be accepted by another's (login CSRF across districts).
/// </summary>
public sealed class TenantAntiforgeryAdditionalDataProvider : IAntiforgeryAdditionalDataProvider
{
    public string GetAdditionalData(HttpContext context) => TenantName(context);

    public bool ValidateAdditionalData(HttpContext context, string additionalData) =>
        string.Equals(additionalData ?? string.Empty, TenantName(context), StringComparison.Ordinal);

    /// <summary>Empty before a tenant runs (the Default tenant's setup page).</summary>
    private static string TenantName(HttpContext context) =>
        context.RequestServices.GetService<TenantContext>() is { HasTenant: true } tenant ? "tenant:" + tenant.Settings.Name : string.Empty;
}
