using System.Data.Common;

namespace DanVan.Orchard.Data;

/// <summary>
/// Whether rows of an id-ordered queue in the current tenant's database can become visible out of id order, and which
/// writers may still be running. PostgreSQL draws ids from a sequence at insert but shows the row only at commit, so a
/// slow transaction can commit id 41 after 42 was read; SQLite has one writer at a time, so ids commit in order.
/// </summary>
public interface ICommitOrder
{
    /// <summary>True when a row with a lower id can appear after a higher one was read (concurrent writers).</summary>
    bool OutOfOrder { get; }

    /// <summary>
    /// The running writers as <paramref name="transaction"/> sees them (open it on repeatable read, so its reads share
    /// that one snapshot); null when <see cref="OutOfOrder"/> is false.
    /// </summary>
    Task<WriterSnapshot?> ReadSnapshotAsync(DbTransaction transaction, CancellationToken cancellationToken);
}
