using DanVan.Orchard.Contents;
using DanVan.Search.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DanVan.Search.Indexing;

/// <summary>Writes an index task for every content change, in the change's own transaction (so none is ever lost).</summary>
public sealed class SearchIndexTaskRecorder : IContentChangeRecorder
{
    public async Task RecordAsync(ContentChange change, DatabaseFacade database, CancellationToken cancellationToken)
    {
        // Through the content's own connection and transaction; the table is this module's (its migration made it).
        var now = DateTime.UtcNow;
        await database.ExecuteSqlAsync(
            $"INSERT INTO SearchIndexTasks (ContentItemId, CreatedUtc) VALUES ({change.ContentItemId}, {now})", cancellationToken);
    }
}
