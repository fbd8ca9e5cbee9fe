namespace DanVan.Orchard.Contents;

/// <summary>A stored version with what the admin needs beside the item: its stamp, state and when it was written.</summary>
public sealed record ContentVersion(ContentItem Item, string ConcurrencyStamp, bool Removed);
