using DanVan.Orchard.Modules;
using DanVan.Orchard.Tenancy;
using DanVan.Tenants.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace DanVan.Tenants.Api;

/// <summary>
/// <c>/api/tenants</c> on the provincial portal, for scripts: list, create (+ set up), set up, disable, enable, remove.
/// Every call needs an API key (<c>Authorization: Bearer dvk_…</c>, see <see cref="ApiKeyAuthenticationHandler"/>);
/// a signed-in admin's cookie is not enough.
/// </summary>
public static class TenantsApi
{
    /// <summary>Only the API key scheme counts (never the admin cookie), and the key must grant ManageTenants.</summary>
    private static readonly AuthorizationPolicy Policy = new AuthorizationPolicyBuilder(ApiKeyAuthentication.Scheme)
        .RequireAuthenticatedUser()
        .RequireClaim(ApiKeyAuthentication.PermissionClaim, TenantsPermissions.Names.ManageTenants)
        .Build();

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/tenants")
            .WithMetadata(new RequiresFeatureAttribute(FeatureIds.Tenants))
            .WithTags("Tenants")
            .RequireAuthorization(Policy)
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        api.MapGet("/", async (ITenantManager tenants, CancellationToken ct) =>
            TypedResults.Ok((await tenants.ListAsync(ct)).Select(TenantDto.From)))
            .WithSummary("Lists every tenant with its state and address.");

        api.MapGet("/{name}", async Task<Results<Ok<TenantDto>, ProblemHttpResult>> (string name, ITenantManager tenants, CancellationToken ct) =>
            await tenants.FindAsync(name, ct) is { } tenant ? TypedResults.Ok(TenantDto.From(tenant)) : NotFound(name))
            .WithSummary("One tenant.");

        api.MapPost("/", CreateAsync)
            .WithSummary("Creates a tenant; with adminEmail it is also set up (201; 200 when it already runs with that address; 409 on a taken name/prefix/host).");

        api.MapPost("/{name}/setup", async Task<Results<Ok<ProvisionedTenantDto>, ProblemHttpResult>> (
            string name, SetupTenantBody body, ITenantManager tenants, TenantProvisioner provisioner, IPublicAddress address, HttpRequest request, CancellationToken ct) =>
        {
            if (await tenants.FindAsync(name, ct) is not { } tenant)
            {
                return NotFound(name);
            }

            var result = await provisioner.ProvisionAsync(new ProvisionRequest(
                tenant.Name, tenant.DisplayName, tenant.RequestUrlPrefix, tenant.RequestUrlHost, body.AdminEmail, body.AdminPassword,
                Recipes(body.Recipe, body.SampleContent)), address.PortalOrigin(request), ct);
            return result.Status == ProvisionStatus.Failed
                ? Failed(result)
                : TypedResults.Ok(new ProvisionedTenantDto(TenantDto.From(result.Tenant!), result.InvitationPath, result.Milliseconds));
        }).WithSummary("Sets up an Uninitialized or Failed tenant (409 while another setup of it is under way, on any node).");

        api.MapPost("/{name}/disable", (string name, ITenantManager tenants, CancellationToken ct) => ChangeAsync(() => tenants.DisableAsync(name, ct)))
            .WithSummary("Disables a running tenant (it answers 503).");
        api.MapPost("/{name}/enable", (string name, ITenantManager tenants, CancellationToken ct) => ChangeAsync(() => tenants.EnableAsync(name, ct)))
            .WithSummary("Enables a disabled tenant.");
        api.MapDelete("/{name}", async Task<Results<NoContent, ProblemHttpResult>> (string name, ITenantManager tenants, CancellationToken ct) =>
        {
            try
            {
                await tenants.RemoveAsync(name, ct);
                return TypedResults.NoContent();
            }
            catch (TenantValidationException e)
            {
                return e.Code == TenantErrorCode.NotFound ? NotFound(name) : Problem(e.Error, "Cannot remove the tenant");
            }
        }).WithSummary("Removes a Disabled, Uninitialized or Failed tenant with its database and files.");
    }

    private static async Task<Results<Created<ProvisionedTenantDto>, Ok<ProvisionedTenantDto>, ProblemHttpResult>> CreateAsync(
        CreateTenantBody body, ITenantManager tenants, TenantProvisioner provisioner, IPublicAddress address, HttpRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body.Name) || string.IsNullOrWhiteSpace(body.Recipe))
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid tenant", "'name' and 'recipe' are required.");
        }

        var existing = await tenants.FindAsync(body.Name.Trim(), ct);
        if (existing is not null)
        {
            var same = TenantAddress.Create(existing.Name, body.Prefix, body.Host).SameAddressAs(existing);
            if (!same || existing.State != TenantState.Running)
            {
                return Problem(StatusCodes.Status409Conflict, "Tenant exists", $"A tenant named '{existing.Name}' already exists ({existing.State}).");
            }

            return TypedResults.Ok(new ProvisionedTenantDto(TenantDto.From(existing), null, 0));
        }

        try
        {
            if (string.IsNullOrWhiteSpace(body.AdminEmail))
            {
                var created = await tenants.CreateAsync(new CreateTenantRequest(body.Name.Trim(), body.DisplayName, Blank(body.Prefix), Blank(body.Host), body.Recipe), ct);
                return TypedResults.Created($"/api/tenants/{created.Name}", new ProvisionedTenantDto(TenantDto.From(created), null, 0));
            }

            // Validate the address before anything is written, so a conflict leaves no tenant behind.
            await tenants.CheckAvailableAsync(body.Name.Trim(), Blank(body.Prefix), Blank(body.Host), ct);
        }
        catch (TenantValidationException e)
        {
            return Problem(e.Error, $"Invalid {e.Field}");
        }

        var result = await provisioner.ProvisionAsync(new ProvisionRequest(
            body.Name.Trim(), body.DisplayName, Blank(body.Prefix), Blank(body.Host), body.AdminEmail!, Blank(body.AdminPassword),
            Recipes(body.Recipe, body.SampleContent), body.Variables), address.PortalOrigin(request), ct);
        return result.Status == ProvisionStatus.Failed
            ? Failed(result)
            : TypedResults.Created($"/api/tenants/{result.Tenant!.Name}", new ProvisionedTenantDto(TenantDto.From(result.Tenant), result.InvitationPath, result.Milliseconds));
    }

    private static async Task<Results<Ok<TenantDto>, ProblemHttpResult>> ChangeAsync(Func<Task<TenantSettings>> change)
    {
        try
        {
            return TypedResults.Ok(TenantDto.From(await change()));
        }
        catch (TenantValidationException e)
        {
            return Problem(e.Error, e.Code == TenantErrorCode.NotFound ? "No such tenant" : "Wrong state");
        }
    }

    private static IReadOnlyList<string> Recipes(string recipe, bool sampleContent) => sampleContent ? [recipe, "sample-content"] : [recipe];

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A setup refused (another one under way: 409) or failed (400), with its message.</summary>
    private static ProblemHttpResult Failed(ProvisionResult result) => result.Refusal is { } refusal
        ? Problem(refusal, refusal.Code == TenantErrorCode.WrongState ? "Setup refused" : $"Invalid {refusal.Field}")
        : Problem(StatusCodes.Status400BadRequest, "Setup failed", result.Error);

    private static ProblemHttpResult NotFound(string name) => Problem(StatusCodes.Status404NotFound, "No such tenant", $"There is no tenant '{name}'.");

    /// <summary>The answer to a refusal, by its code: not found 404, taken or wrong state 409, bad input 400.</summary>
    private static ProblemHttpResult Problem(TenantError error, string title) => Problem(
        error.Code == TenantErrorCode.NotFound ? StatusCodes.Status404NotFound
            : error.IsConflict ? StatusCodes.Status409Conflict
            : StatusCodes.Status400BadRequest,
        title, error.Message);

    private static ProblemHttpResult Problem(int status, string title, string? detail) => TypedResults.Problem(detail, statusCode: status, title: title);
}
