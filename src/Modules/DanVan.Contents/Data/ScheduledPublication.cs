namespace DanVan.Contents.Data;

/// <summary>
/// "Publish this version of the item at this time": one row an item, in the tenant's own database, so a schedule
/// survives a restart and is seen by every node. The version is pinned by its stamp (which every write changes): a
/// draft saved afterwards is not what was scheduled, and is never published in the scheduler's name. A schedule
/// cancelled because of such a draft stays (with <see cref="CancelledUtc"/>) so the admin can say so, until the
/// editor schedules again, dismisses it, or the item is published or deleted.
/// </summary>
public sealed class ScheduledPublication
{
    public const int IdMaxLength = 64;
    public const int UserMaxLength = 256;
    public const int StampMaxLength = 36;

    public required string ContentItemId { get; init; }

    public DateTime PublishAtUtc { get; set; }

    /// <summary>Who set the schedule (or last saved the pinned version, with the right to publish it): the publish is done, and audited, in their name.</summary>
    public string? UserId { get; set; }

    public string? UserName { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>The ContentItemVersionId of the version to publish (for the record: a draft is edited in place, so the stamp is what pins it).</summary>
    public string? VersionId { get; set; }

    /// <summary>The concurrency stamp of the version to publish; null on a row from before versions were pinned (never published).</summary>
    public string? VersionStamp { get; set; }

    /// <summary>When the schedule was called off without the editor asking; null while it is in force.</summary>
    public DateTime? CancelledUtc { get; set; }

    public ScheduleCancelReason? CancelReason { get; set; }

    /// <summary>Who saved the draft that called the schedule off, when a person did.</summary>
    public string? CancelledBy { get; set; }
}
