using DanVan.Orchard.Tenancy;

namespace DanVan.Tenants.Services;

public enum ProvisionStatus
{
    /// <summary>Created (if needed) and set up.</summary>
    Done,

    /// <summary>Already running: nothing to do (a resumed import).</summary>
    Skipped,

    Failed,
}

/// <summary>
/// What happened to one tenant; <see cref="InvitationPath"/> (tenant-relative, from the site root) lets the
/// administrator choose a password when none was given.
/// </summary>
public sealed record ProvisionResult(ProvisionStatus Status, TenantSettings? Tenant, string? InvitationPath, string? Error, double Milliseconds)
{
    /// <summary>
    /// Why a failed request was refused before anything ran (a setup already under way, a taken name…), or null
    /// (bad input, or the setup itself failed): a conflict is answered 409, not 400.
    /// </summary>
    public TenantError? Refusal { get; init; }
}
