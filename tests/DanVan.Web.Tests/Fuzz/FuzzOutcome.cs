namespace DanVan.Web.Tests.Fuzz;

/// <summary>
/// What one generated request came to. The in-process test server rethrows an unhandled exception to the client
/// when no exception handler answers, so an exception counts as a server error too.
/// </summary>
public static class FuzzOutcome
{
    /// <summary>Null when the server answered below 500; otherwise what went wrong.</summary>
    public static async Task<string?> ServerErrorAsync(Func<Task<HttpResponseMessage>> send)
    {
        try
        {
            var response = await send();
            if ((int)response.StatusCode < 500)
            {
                return null;
            }

            // In the tests' environment the error page carries the exception's type and message.
            var body = await response.Content.ReadAsStringAsync();
            var detail = System.Text.RegularExpressions.Regex.Match(body, "<p>([^<]*)</p>").Groups[1].Value;
            return $"answered {(int)response.StatusCode} {System.Net.WebUtility.HtmlDecode(detail)}";
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
