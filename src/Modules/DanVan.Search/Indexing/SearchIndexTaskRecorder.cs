using System.Data.Common;
using DanVan.Orchard.Contents;

namespace DanVan.Search.Indexing;

/// <summary>Writes an index task for every content change, in the change's own transaction (so none is ever lost).</summary>
public sealed class SearchIndexTaskRecorder : IContentChangeRecorder
{
    public async Task RecordAsync(ContentChange change, DbTransaction transaction, CancellationToken cancellationToken)
    {
        // Through the content's own connection and transaction; the table is this module's (its migration made it).
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        // Quoted names and @parameters: the same text runs on SQLite and PostgreSQL (which folds unquoted names to lower case).
        command.CommandText = "INSERT INTO \"SearchIndexTasks\" (\"ContentItemId\", \"CreatedUtc\") VALUES (@id, @created)";
        AddParameter(command, "@id", change.ContentItemId);
        AddParameter(command, "@created", DateTime.UtcNow);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
