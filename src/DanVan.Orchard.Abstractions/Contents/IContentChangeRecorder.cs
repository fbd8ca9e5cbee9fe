using System.Data.Common;

namespace DanVan.Orchard.Contents;

/// <summary>
/// Writes durable work a content change causes (a search index task) in the same database transaction as the change:
/// either both are stored or neither, so a crash between them cannot lose the work. Runs only in tenants where the
/// recorder's feature is on. Keep it to a row or two: it runs inside the editor's save.
/// </summary>
public interface IContentChangeRecorder
{
    /// <param name="transaction">The change's open transaction on the tenant database (write in it, never commit).</param>
    Task RecordAsync(ContentChange change, DbTransaction transaction, CancellationToken cancellationToken);
}
