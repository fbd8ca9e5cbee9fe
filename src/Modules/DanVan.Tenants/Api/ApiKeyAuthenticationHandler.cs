using System.Security.Claims;
using System.Text.Encodings.Web;
using DanVan.Orchard.Tenancy;
using DanVan.Tenants.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace DanVan.Tenants.Api;

/// <summary>
/// Authenticates a script by an API key issued on the portal (<c>Authorization: Bearer dvk_…</c> or <c>X-Api-Key</c>),
/// on the portal only: elsewhere the API does not exist (404). A missing, wrong or revoked key is a 401 with a
/// problem+json body and <c>WWW-Authenticate</c>. The key's last use is noted (at most once a minute).
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<ApiKeyAuthenticationOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    ApiKeyStore keys,
    TenantContext tenant)
    : AuthenticationHandler<ApiKeyAuthenticationOptions>(options, loggerFactory, encoder)
{
    private const string MissingKey = "Send an API key issued on the portal (Các trang huyện › Khóa API) as 'Authorization: Bearer <key>'.";
    private const string WrongKey = "The API key is not valid: it was mistyped or has been revoked. Issue a new one on the portal (Các trang huyện › Khóa API).";

    private bool OnPortal => tenant is { HasTenant: true, IsDefault: true };

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = ReadKey();
        if (!OnPortal || key is null)
        {
            return AuthenticateResult.NoResult();
        }

        if (await keys.ValidateAsync(key, Context.RequestAborted) is not { } holder)
        {
            TenantsApiLog.KeyRefused(Logger, Request.Method, Request.Path);
            return AuthenticateResult.Fail(WrongKey);
        }

        await NoteUseAsync(holder);
        TenantsApiLog.Call(Logger, Request.Method, Request.Path, holder);

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, holder.ToString()),
                new Claim(ApiKeyAuthentication.KeyIdClaim, holder.Id),
                new Claim(ApiKeyAuthentication.PermissionClaim, TenantsPermissions.Names.ManageTenants),
            ],
            Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (!OnPortal)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var result = await HandleAuthenticateOnceSafeAsync();
        Response.Headers.WWWAuthenticate = $"Bearer realm=\"{ApiKeyAuthentication.Realm}\"" + (result.Failure is null ? string.Empty : ", error=\"invalid_token\"");
        await TypedResults.Problem(result.Failure?.Message ?? MissingKey, statusCode: StatusCodes.Status401Unauthorized, title: "API key required")
            .ExecuteAsync(Context);
    }

    private string? ReadKey()
    {
        var authorization = Request.Headers.Authorization.ToString();
        var key = authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? authorization["Bearer ".Length..].Trim()
            : Request.Headers[Options.HeaderName].ToString().Trim();
        return key.Length == 0 ? null : key;
    }

    private async Task NoteUseAsync(ApiKeyHolder holder)
    {
        try
        {
            await keys.RecordUseAsync(holder, Context.RequestAborted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Only bookkeeping: a busy or failing database must not refuse a valid key.
            TenantsApiLog.LastUseNotRecorded(Logger, e, holder.Id);
        }
    }
}
