using Microsoft.AspNetCore.Http;

namespace DanVan.Orchard.Security;

/// <summary>
/// Outside origins one response may load scripts and frames from (a captcha provider's widget on the one page that
/// shows it). Every other response keeps the site-only policy; the header names these only where a page asked.
/// </summary>
public static class CspExternalSources
{
    private const string ItemKey = "DanVan.CspExternalSources";

    /// <summary>Allows scripts from <paramref name="scriptSources"/> and frames from <paramref name="frameSources"/> (https origins with a path) for this response.</summary>
    public static void Allow(HttpContext context, IEnumerable<string> scriptSources, IEnumerable<string> frameSources)
    {
        var current = Find(context) ?? new Sources([], []);
        context.Items[ItemKey] = new Sources(
            [.. current.Scripts.Union(scriptSources.Where(IsSafe))],
            [.. current.Frames.Union(frameSources.Where(IsSafe))]);
    }

    public static Sources? Find(HttpContext context) => context.Items[ItemKey] as Sources;

    // Only plain https sources: nothing that could end the directive or add another (';', quotes, spaces, commas).
    private static bool IsSafe(string source) =>
        source.StartsWith("https://", StringComparison.Ordinal) && source.Length < 200 &&
        !source.Any(c => char.IsWhiteSpace(c) || c is ';' or ',' or '\'' or '"');

    public sealed record Sources(IReadOnlyList<string> Scripts, IReadOnlyList<string> Frames);
}
