namespace DanVan.Search.Data;

/// <summary>
/// "This item changed: bring the index up to date with it", written in the same transaction as the change. Tasks are
/// read in id order after each node's checkpoint; applying one reads the item's current published version, so
/// applying it twice does no harm. <see cref="RebuildAll"/> as the item id asks every node to rebuild its index.
/// </summary>
public sealed class SearchIndexTask
{
    public const string RebuildAll = "*";

    /// <summary>
    /// Left by pruning in place of the highest task it deleted: a node whose checkpoint is below this row's id missed
    /// tasks that are gone, and rebuilds its index.
    /// </summary>
    public const string PrunedThrough = "*pruned";

    public long Id { get; set; }

    public required string ContentItemId { get; set; }

    public DateTime CreatedUtc { get; set; }
}
