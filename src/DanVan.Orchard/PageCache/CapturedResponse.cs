using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace DanVan.Orchard.PageCache;

/// <summary>
/// Holds a page's response in memory while it is rendered: the body goes to a buffer, and the callbacks registered
/// to run when the response starts (TempData's and the authentication's cookies…) are kept and run by
/// <see cref="CompleteAsync"/>, so every header the page will have — Set-Cookie above all — is known before the page
/// is stored or sent. Status and headers stay on the server's response, which has not started.
/// </summary>
public sealed class CapturedResponse : IHttpResponseFeature, IDisposable
{
    private readonly HttpContext _context;
    private readonly IHttpResponseFeature _response;
    private readonly IHttpResponseBodyFeature _body;
    private readonly StreamResponseBodyFeature _capture;
    private readonly List<(Func<object, Task> Callback, object State)> _onStarting = [];

    public CapturedResponse(HttpContext context)
    {
        _context = context;
        _response = context.Features.GetRequiredFeature<IHttpResponseFeature>();
        _body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        Buffer = new MemoryStream();
        _capture = new StreamResponseBodyFeature(Buffer);
        context.Features.Set<IHttpResponseFeature>(this);
        context.Features.Set<IHttpResponseBodyFeature>(_capture);
    }

    public MemoryStream Buffer { get; }

    public int StatusCode { get => _response.StatusCode; set => _response.StatusCode = value; }

    public string? ReasonPhrase { get => _response.ReasonPhrase; set => _response.ReasonPhrase = value; }

    public IHeaderDictionary Headers { get => _response.Headers; set => _response.Headers = value; }

    [Obsolete("Use IHttpResponseBodyFeature.Stream instead.", error: false)]
    public Stream Body { get => Buffer; set => throw new NotSupportedException("A page being cached writes to its buffer."); }

    public bool HasStarted => false;

    public void OnStarting(Func<object, Task> callback, object state) => _onStarting.Add((callback, state));

    public void OnCompleted(Func<object, Task> callback, object state) => _response.OnCompleted(callback, state);

    /// <summary>Flushes the body into <see cref="Buffer"/>, runs the start callbacks (last registered first, as the
    /// server does) and gives the server's response back to the request.</summary>
    public async Task CompleteAsync()
    {
        await _capture.CompleteAsync();
        for (var i = _onStarting.Count - 1; i >= 0; i--)
        {
            await _onStarting[i].Callback(_onStarting[i].State);
        }

        _onStarting.Clear();
        Restore();
    }

    /// <summary>Gives the server's response back (also when rendering threw).</summary>
    public void Restore()
    {
        _context.Features.Set(_response);
        _context.Features.Set(_body);
    }

    public void Dispose()
    {
        Restore();
        Buffer.Dispose();
    }
}
