namespace DanVan.Contents.Data;

/// <summary>
/// "Publish this item's latest version at this time": one row an item, in the tenant's own database, so a schedule
/// survives a restart and is seen by every node.
/// </summary>
public sealed class ScheduledPublication
{
    public const int IdMaxLength = 64;
    public const int UserMaxLength = 256;

    public required string ContentItemId { get; init; }

    public DateTime PublishAtUtc { get; set; }

    /// <summary>Who set the schedule: the publish is done, and audited, in their name.</summary>
    public string? UserId { get; set; }

    public string? UserName { get; set; }

    public DateTime CreatedUtc { get; set; }
}
