using System.Collections.Concurrent;

namespace DanVan.Feedback.Captcha;

/// <summary>Per tenant, until when Google is treated as unreachable (this node's view; each node finds out itself).</summary>
public sealed class ReCaptchaOutages(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _until = new(StringComparer.Ordinal);

    public bool IsDown(string tenant) => _until.TryGetValue(tenant, out var until) && until > clock.GetUtcNow();

    public void Report(string tenant, TimeSpan backoff) => _until[tenant] = clock.GetUtcNow() + backoff;

    public void Clear(string tenant) => _until.TryRemove(tenant, out _);
}
