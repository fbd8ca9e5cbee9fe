using System.Collections.Concurrent;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Users.Security;

/// <summary>
/// Protects authentication tickets with a data-protection purpose that carries the tenant, so a cookie issued by one
/// tenant cannot even be read by another.
/// </summary>
public sealed class TenantTicketDataFormat(IDataProtectionProvider dataProtection, IHttpContextAccessor accessor, string purpose)
    : ISecureDataFormat<AuthenticationTicket>
{
    private readonly ConcurrentDictionary<string, TicketDataFormat> _formats = new(StringComparer.Ordinal);

    public string Protect(AuthenticationTicket data) => Protect(data, null);

    public string Protect(AuthenticationTicket data, string? purpose) =>
        Current() is { } format ? format.Protect(data, purpose) : throw new InvalidOperationException("A sign-in needs a tenant.");

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose) => Current()?.Unprotect(protectedText, purpose);

    private TicketDataFormat? Current()
    {
        var tenant = accessor.HttpContext?.RequestServices.GetRequiredService<TenantContext>();
        if (tenant is not { HasTenant: true })
        {
            return null;
        }

        return _formats.GetOrAdd(tenant.Settings.Name, name => new TicketDataFormat(dataProtection.CreateProtector(purpose, "Tenant:" + name)));
    }
}
