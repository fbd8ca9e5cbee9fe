namespace DanVan.AuditTrail;

/// <summary><c>DanVan:AuditTrail</c>: how long the trail keeps its events.</summary>
public sealed class AuditTrailOptions
{
    public const string SectionName = "DanVan:AuditTrail";

    /// <summary>Events older than this many days are deleted (sign-in attempts name client addresses: not kept for ever).</summary>
    public int RetentionDays { get; set; } = 365;

    /// <summary>How often, at most, a tenant's old events are looked for (when an event is recorded).</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);
}
