namespace DanVan.Web.Tests.Fuzz;

/// <summary>
/// What one generated request came to. The in-process test server rethrows an unhandled exception to the client
/// instead of answering 500, so an exception counts as a server error too (with its type and message, which says more).
/// </summary>
public static class FuzzOutcome
{
    /// <summary>Null when the server answered below 500; otherwise what went wrong.</summary>
    public static async Task<string?> ServerErrorAsync(Func<Task<HttpResponseMessage>> send)
    {
        try
        {
            var response = await send();
            return (int)response.StatusCode >= 500 ? $"answered {(int)response.StatusCode}" : null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var innermost = e;
            while (innermost.InnerException is not null)
            {
                innermost = innermost.InnerException;
            }

            return $"threw {innermost.GetType().Name}: {innermost.Message} at {innermost.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}";
        }
    }
}
