using System.Data.Common;
using DanVan.Orchard.Tenancy;

namespace DanVan.Orchard.Data;

/// <summary>The current tenant's database provider's answer to <see cref="ICommitOrder"/>.</summary>
public sealed class TenantCommitOrder(TenantContext tenant) : ICommitOrder
{
    private IDatabaseProvider? Provider => (tenant.Shell as TenantShell)?.Database;

    public bool OutOfOrder => Provider?.CommitsOutOfOrder == true;

    public Task<WriterSnapshot?> ReadSnapshotAsync(DbTransaction transaction, CancellationToken cancellationToken) =>
        Provider is { CommitsOutOfOrder: true } provider
            ? provider.ReadWriterSnapshotAsync(transaction, cancellationToken)
            : Task.FromResult<WriterSnapshot?>(null);
}
