using System.Net.Sockets;
using Npgsql;

namespace DanVan.Orchard.Data;

/// <summary>
/// Tells an exception that means "the database server cannot be reached right now" (PostgreSQL stopped, restarting,
/// refusing connections, the network or the pool timing out) from a bug or bad data: the first is answered 503 with
/// <c>Retry-After</c>, as an outage of a shared service, not 500. Looked for anywhere in the chain of inner
/// exceptions, since EF Core and the page code wrap what Npgsql throws.
/// </summary>
public static class DatabaseOutage
{
    /// <summary>Seconds a client is told to wait before trying again.</summary>
    public const int RetryAfterSeconds = 10;

    public static bool Is(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres:
                    // The server answered: an outage only if it said it is shutting down, starting, or out of connections
                    // (classes 08 connection, 53 resources, 57P operator intervention); anything else is about the query.
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal)
                        || postgres.SqlState is PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.CannotConnectNow;
                case NpgsqlException { IsTransient: true }:
                case SocketException:
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(Is):
                    return true;
            }
        }

        return false;
    }
}
