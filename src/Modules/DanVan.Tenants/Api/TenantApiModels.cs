using DanVan.Orchard.Tenancy;

namespace DanVan.Tenants.Api;

/// <summary>A tenant as the API shows it.</summary>
public sealed record TenantDto(
    string Name, string? DisplayName, string State, string? Prefix, string? Host, string? Recipe, DateTime CreatedUtc, string? FailureReason)
{
    public static TenantDto From(TenantSettings t) =>
        new(t.Name, t.DisplayName, t.State.ToString(), t.RequestUrlPrefix, t.RequestUrlHost, t.RecipeName, t.CreatedUtc, t.FailureReason);
}

/// <summary>Create a tenant; with an administrator e-mail it is set up too (no password: an invitation is sent).</summary>
public sealed record CreateTenantBody(
    string Name, string? DisplayName, string? Prefix, string? Host, string Recipe,
    string? AdminEmail, string? AdminPassword, bool SampleContent = false, Dictionary<string, string>? Variables = null);

public sealed record SetupTenantBody(string Recipe, string AdminEmail, string? AdminPassword, bool SampleContent = false);

public sealed record ProvisionedTenantDto(TenantDto Tenant, string? InvitationLink, double Milliseconds);
