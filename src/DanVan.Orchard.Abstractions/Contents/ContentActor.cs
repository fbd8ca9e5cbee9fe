namespace DanVan.Orchard.Contents;

/// <summary>Who makes a change: kept as the item's Owner (on creation) and Author, and in the audit trail.</summary>
public sealed record ContentActor(string? UserId, string? UserName)
{
    public static readonly ContentActor System = new(null, "system");
}
