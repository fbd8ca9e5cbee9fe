using Microsoft.AspNetCore.Authentication;

namespace DanVan.Tenants.Api;

public sealed class ApiKeyAuthenticationOptions : AuthenticationSchemeOptions
{
    /// <summary>The other header a key may come in, for clients that cannot set <c>Authorization: Bearer</c>.</summary>
    public string HeaderName { get; set; } = "X-Api-Key";
}
