namespace DanVan.Contents.Scheduling;

/// <summary><c>DanVan:Contents:Schedule</c>: how the background publisher looks for scheduled items.</summary>
public sealed class PublishScheduleOptions
{
    public const string SectionName = "DanVan:Contents:Schedule";

    /// <summary>How often the publisher looks at the tenants it knows have a publication due (one this node scheduled is known at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often every running tenant's schedule is read, for schedules set by another node (and at start, after a restart).</summary>
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Tenants served in one turn; the others wait for the next.</summary>
    public int MaxTenantsPerTick { get; set; } = 20;
}
