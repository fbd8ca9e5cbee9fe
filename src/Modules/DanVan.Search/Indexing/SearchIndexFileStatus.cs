namespace DanVan.Search.Indexing;

/// <summary>What <see cref="SearchIndexStatusFile"/> keeps of an index's last commit.</summary>
public sealed record SearchIndexFileStatus(int Documents, long Checkpoint, DateTime UpdatedUtc);
