namespace DanVan.Orchard.Tenancy;

/// <summary>What the tenant store keeps about one tenant. Immutable: a change is a new record.</summary>
public sealed record TenantSettings
{
    public const string DefaultTenantName = "Default";

    public required string Name { get; init; }

    public string? DisplayName { get; init; }

    public TenantState State { get; init; } = TenantState.Uninitialized;

    /// <summary>First path segment that selects the tenant (no slashes), or null.</summary>
    public string? RequestUrlPrefix { get; init; }

    /// <summary>Host names that select the tenant, comma-separated, or null.</summary>
    public string? RequestUrlHost { get; init; }

    public string DatabaseProvider { get; init; } = "Sqlite";

    /// <summary>Provider-specific connection string; null lets the provider choose (SQLite: a file under App_Data/Sites/&lt;tenant&gt;).</summary>
    public string? ConnectionString { get; init; }

    public string? RecipeName { get; init; }

    public DateTime CreatedUtc { get; init; }

    public string? FailureReason { get; init; }

    /// <summary>When the current or last setup began.</summary>
    public DateTime? SetupStartedUtc { get; init; }

    /// <summary>Who runs the setup while the tenant is Initializing, renewed as it goes; tells an interrupted setup at once.</summary>
    public SetupLease? SetupLease { get; init; }

    /// <summary>The feature profile (kept on the portal) that limits what the tenant's administrators may turn on, or null.</summary>
    public string? FeatureProfile { get; init; }

    /// <summary>
    /// Bumped whenever something outside a running process changes the tenant's data (the CLI, another node),
    /// so every process that sees the new revision drops its cached state for the tenant.
    /// </summary>
    public int Revision { get; init; }

    /// <summary>
    /// Why this tenant, Initializing, is not really being set up any more (its process died or stopped renewing the
    /// lease), or null when it is not Initializing or its setup may still be running. Such a setup can be retried or
    /// the tenant removed at once.
    /// </summary>
    public string? WhySetupAbandoned(DateTime nowUtc)
    {
        if (State != TenantState.Initializing)
        {
            return null;
        }

        if (SetupLease is { } lease)
        {
            return lease.WhyAbandoned(nowUtc);
        }

        // Written by a version without leases: only its age tells.
        return SetupStartedUtc is { } started && nowUtc - started <= SetupLease.ExpiresAfter
            ? null
            : $"the setup started at {SetupStartedUtc:u} left no lease";
    }

    public bool IsDefault => string.Equals(Name, DefaultTenantName, StringComparison.OrdinalIgnoreCase);

    public IEnumerable<string> Hosts => (RequestUrlHost ?? string.Empty)
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
