using System.Net.Sockets;
using DanVan.Orchard.Data;
using DanVan.Orchard.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting.Internal;
using Npgsql;

namespace DanVan.Orchard.Tests.Data;

/// <summary>A database that cannot be reached is a 503 with Retry-After; a bad query or bad data is not an outage.</summary>
public sealed class DatabaseOutageTests
{
    public static TheoryData<string, Exception> Outages => new()
    {
        { "connection refused", new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused)) },
        { "connection cut mid-read", new NpgsqlException("Exception while reading from stream", new EndOfStreamException()) },
        { "pool or connect timeout", new NpgsqlException("The operation has timed out", new TimeoutException()) },
        { "server shutting down", Postgres(PostgresErrorCodes.AdminShutdown) },
        { "server starting", Postgres(PostgresErrorCodes.CannotConnectNow) },
        { "too many connections", Postgres(PostgresErrorCodes.TooManyConnections) },
        { "wrapped by EF", new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))) },
        { "wrapped in a save", new DbUpdateException("save failed", new NpgsqlException("Exception while writing to stream", new IOException("broken pipe"))) },
    };

    public static TheoryData<string, Exception> NotOutages => new()
    {
        { "unique violation", new DbUpdateException("save failed", Postgres(PostgresErrorCodes.UniqueViolation)) },
        { "missing table", Postgres(PostgresErrorCodes.UndefinedTable) },
        { "a bug", new InvalidOperationException("Sequence contains no elements") },
        { "a file", new IOException("disk full") },
    };

    [Theory]
    [MemberData(nameof(Outages))]
    public void An_unreachable_server_is_an_outage(string why, Exception exception) => Assert.True(DatabaseOutage.Is(exception), why);

    [Theory]
    [MemberData(nameof(NotOutages))]
    public void A_failing_query_or_another_error_is_not(string why, Exception exception) => Assert.False(DatabaseOutage.Is(exception), why);

    [Fact]
    public async Task The_error_handler_answers_an_outage_with_a_Vietnamese_503_and_Retry_After_and_a_bug_with_500()
    {
        var handler = new UnhandledExceptionHandler(new NoProblemDetails(), new HostingEnvironment { EnvironmentName = "Production" });

        var outage = await HandleAsync(handler, new InvalidOperationException("transient", new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))));
        var bug = await HandleAsync(handler, new InvalidOperationException("Sequence contains no elements"));

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, outage.Response.StatusCode);
        Assert.Equal("10", outage.Response.Headers.RetryAfter.ToString());
        Assert.Contains("tạm thời không kết nối được", Body(outage), StringComparison.Ordinal);
        Assert.Equal(StatusCodes.Status500InternalServerError, bug.Response.StatusCode);
        Assert.Empty(bug.Response.Headers.RetryAfter.ToString());
    }

    private static PostgresException Postgres(string sqlState) => new("message", "FATAL", "FATAL", sqlState);

    private static async Task<DefaultHttpContext> HandleAsync(UnhandledExceptionHandler handler, Exception exception)
    {
        var context = new DefaultHttpContext();
        context.Response.Body = new MemoryStream();
        Assert.True(await handler.TryHandleAsync(context, exception, CancellationToken.None));
        return context;
    }

    private static string Body(DefaultHttpContext context) => System.Text.Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());

    private sealed class NoProblemDetails : IProblemDetailsService
    {
        public ValueTask WriteAsync(ProblemDetailsContext context) => ValueTask.CompletedTask;
    }
}
