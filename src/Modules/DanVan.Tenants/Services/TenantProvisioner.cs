using System.Diagnostics;
using DanVan.Orchard.Recipes;
using DanVan.Orchard.Tenancy;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Security;

namespace DanVan.Tenants.Services;

/// <summary>
/// Creates and sets up a district tenant in one go, idempotently: a tenant already running is skipped, one left
/// Uninitialized or Failed is set up again. Without an administrator password, the administrator is sent an invitation:
/// queued by the setup itself, in the same transaction as the account (see the Users module's setup handler).
/// </summary>
public sealed class TenantProvisioner(
    ITenantManager tenants,
    ITenantSetupService setup,
    TenantScopes scopes,
    IPublicAddress publicAddress,
    ILogger<TenantProvisioner> logger)
{
    /// <param name="siteBaseUrl">The portal's address for the invitation links, from <see cref="IPublicAddress.PortalOrigin"/> or
    /// the CLI's --base-url; null: the configured one (or the development fallback).</param>
    public async Task<ProvisionResult> ProvisionAsync(ProvisionRequest request, string? siteBaseUrl, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var tenant = await tenants.FindAsync(request.Name, cancellationToken);
            if (tenant is { State: TenantState.Running })
            {
                return new ProvisionResult(ProvisionStatus.Skipped, tenant, null, null, clock.Elapsed.TotalMilliseconds);
            }

            var setupRequest = new TenantSetupRequest(
                request.Recipes, request.DisplayName, "admin", request.AdminEmail, request.AdminPassword, request.Variables)
            {
                PortalOrigin = siteBaseUrl,
                Lenient = request.Lenient,
            };
            if (tenant is null)
            {
                // A recipe that cannot run (an unknown step or feature, strictly) is refused before the tenant exists.
                await setup.ValidateAsync(setupRequest, cancellationToken);
                tenant = await tenants.CreateAsync(
                    new CreateTenantRequest(request.Name, request.DisplayName, request.Prefix, request.Host, request.Recipes[0]), cancellationToken);
            }

            tenant = await setup.SetupAsync(tenant.Name, setupRequest, cancellationToken);

            string? invitation = null;
            if (string.IsNullOrEmpty(request.AdminPassword))
            {
                invitation = await InvitationLinkAsync(tenant, request.AdminEmail, siteBaseUrl, cancellationToken);
            }

            return new ProvisionResult(ProvisionStatus.Done, tenant, invitation, null, clock.Elapsed.TotalMilliseconds);
        }
        catch (Exception e) when (e is TenantValidationException or TenantSetupException or RecipeException)
        {
            TenantsLog.ProvisioningFailed(logger, request.Name, e.Message);
            var tenant = await tenants.FindAsync(request.Name, CancellationToken.None);
            return new ProvisionResult(ProvisionStatus.Failed, tenant, null, e.Message, clock.Elapsed.TotalMilliseconds)
            {
                Refusal = (e as TenantValidationException)?.Error,
            };
        }
    }

    /// <summary>
    /// A one-time link for the tenant's administrator to choose a password, shown to the portal's administrator (the
    /// mail with its own link is already in the district's outbox).
    /// </summary>
    public async Task<string?> InvitationLinkAsync(TenantSettings tenant, string adminEmail, string? siteBaseUrl, CancellationToken cancellationToken)
    {
        // Through the contract: whichever module of the tenant's enabled features invites users (Users), none if it is off.
        var link = await scopes.RunAsync(tenant, async services =>
            (await services.GetRequiredService<FeatureGate>().GetEnabledAsync<IUserInvitation>(cancellationToken)) is [var invitation, ..]
                ? await invitation.CreateLinkAsync(adminEmail, cancellationToken)
                : null);

        // The tenant's configured address, never the address the admin's request came in on.
        return link is null ? null : publicAddress.BaseUrl(tenant, siteBaseUrl ?? publicAddress.PortalOrigin(null)) + link;
    }
}
