using System.Globalization;
using System.Text.RegularExpressions;

namespace DanVan.Bench;

/// <summary>
/// bench/districts.sh's page cache figures: the portal administrator's monitoring page (/admin/tenants/dashboard) read
/// the way an operator reads it; prints its "page cache" facts on one line.
/// Usage: DanVan.Bench --cache-figures URL   (the administrator of bench/lib.sh: admin / Bench-Password-2026)
/// </summary>
public static partial class CacheFigures
{
    public static async Task<int> RunAsync(string[] args)
    {
        using var portal = new SiteClient(args[Array.IndexOf(args, "--cache-figures") + 1], string.Empty);
        await portal.SignInAsync("admin", "Bench-Password-2026", CancellationToken.None);
        using var response = await portal.GetAsync("admin/tenants/dashboard", CancellationToken.None);
        var html = await response.Content.ReadAsStringAsync();
        var section = Regex.Match(html, "<section[^>]*page-cache.*?</section>", RegexOptions.Singleline);
        if (!section.Success)
        {
            Console.WriteLine($"page cache: ? (the dashboard answered {(int)response.StatusCode} without its section)");
            return 1;
        }

        var facts = Facts().Matches(section.Value).Select(m => $"{Clean(m.Groups[1].Value)}: {Clean(m.Groups[2].Value)}");
        Console.WriteLine("page cache (monitoring page): " + string.Join("; ", facts));
        return 0;
    }

    private static string Clean(string html) => System.Net.WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", string.Empty)).Trim();

    [GeneratedRegex("<dt>(.*?)</dt>\\s*<dd[^>]*>(.*?)</dd>", RegexOptions.Singleline)]
    private static partial Regex Facts();
}
