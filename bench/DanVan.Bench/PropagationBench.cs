using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace DanVan.Bench;

/// <summary>
/// bench/propagation.sh: how long a change made on node A takes to show on node B (two processes sharing PostgreSQL and
/// Redis). Each round, through the portal admin's forms on A: a district created and set up (then polled on B until its
/// home answers 200), disabled (polled on B until 503); and through an editor's create form on A an article published
/// in District1 (B's district home, cached beforehand, polled until it lists the new title). The clock starts when A
/// has answered the change; B is polled every 5 ms.
/// </summary>
public static class PropagationBench
{
    private static readonly TimeSpan PollFor = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(string[] args)
    {
        var nodeA = SoakArgs.Required(args, "--node-a");
        var nodeB = SoakArgs.Required(args, "--node-b");
        var password = SoakArgs.Text(args, "--password") ?? "Bench-Password-2026";
        var rounds = SoakArgs.Int(args, "--rounds", 5);
        var stamp = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        var ct = cancel.Token;

        using var portal = new SiteClient(nodeA, string.Empty);
        await portal.SignInAsync("admin", password, ct);
        using var editor = new SiteClient(nodeA, "huyen-1");
        await editor.SignInAsync("admin", password, ct);
        using var reader = new HttpClient { BaseAddress = new Uri(nodeB.TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(10) };

        List<double> created = [], disabled = [], published = [], setups = [];
        for (var i = 1; i <= rounds; i++)
        {
            var name = $"Lan{stamp}x{i}";
            var prefix = $"lan-{stamp}-{i}";
            var watch = Stopwatch.StartNew();
            using (var response = await portal.PostFormAsync("/admin/tenants/create", "/admin/tenants/create", new Dictionary<string, string>
            {
                ["Name"] = name,
                ["DisplayName"] = $"Lan truyền {i}",
                ["Prefix"] = prefix,
                ["RecipeName"] = "district-board",
                ["AdminEmail"] = $"admin@{prefix}.example.vn",
                ["AdminPassword"] = password,
            }, ct))
            {
                Check(response, HttpStatusCode.Redirect, "create a district");
            }

            setups.Add(watch.Elapsed.TotalMilliseconds);
            created.Add(await UntilAsync(reader, prefix + "/", (status, _) => status == HttpStatusCode.OK, ct));

            using (var response = await portal.PostFormAsync("/admin/tenants", $"/admin/tenants/{name}/disable", new Dictionary<string, string>(), ct))
            {
                Check(response, HttpStatusCode.Redirect, "disable the district");
            }

            disabled.Add(await UntilAsync(reader, prefix + "/", (status, _) => status == HttpStatusCode.ServiceUnavailable, ct));

            // B's home is cached first, so what is measured is B dropping (or being told to drop) its cached page.
            (await reader.GetAsync("huyen-1/", ct)).Dispose();
            (await reader.GetAsync("huyen-1/", ct)).Dispose();
            var title = $"Tin lan truyền {stamp} số {i}";
            using (var response = await editor.PostFormAsync("/admin/contents/create/Article", "/admin/contents/create/Article", new Dictionary<string, string>
            {
                ["Title"] = title,
                ["Path"] = string.Empty,
                ["BodyHtml"] = "<p>Bài đo thời gian lan truyền giữa hai máy chủ.</p>",
                ["f.Article.Summary"] = "Đo lan truyền.",
                ["submit"] = "publish",
            }, ct))
            {
                Check(response, HttpStatusCode.Redirect, "publish an article");
            }

            var encoded = WebUtility.HtmlEncode(title);
            published.Add(await UntilAsync(reader, "huyen-1/", (_, body) => body.Contains(encoded, StringComparison.Ordinal) || body.Contains(title, StringComparison.Ordinal), ct));
        }

        Console.WriteLine($"A -> B propagation over {rounds} round(s) (ms from A's answer to B showing it; B polled every 5 ms):");
        Print("district created + set up on A, home 200 on B", created);
        Print("district disabled on A, 503 on B", disabled);
        Print("article published on A, on B's cached home", published);
        Print("(A's create + setup request itself)", setups);
        return 0;
    }

    private static async Task<double> UntilAsync(HttpClient reader, string path, Func<HttpStatusCode, string, bool> shows, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < PollFor)
        {
            using var response = await reader.GetAsync(path, ct);
            if (shows(response.StatusCode, await response.Content.ReadAsStringAsync(ct)))
            {
                return watch.Elapsed.TotalMilliseconds;
            }

            await Task.Delay(5, ct);
        }

        throw new SoakFailedException($"B did not show the change at /{path} within {PollFor.TotalSeconds} s");
    }

    private static void Check(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        if (response.StatusCode != expected)
        {
            throw new SoakFailedException($"could not {what} on A: {(int)response.StatusCode} {SiteClient.Location(response)}");
        }
    }

    private static void Print(string label, List<double> values)
    {
        values.Sort();
        var median = values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {label,-50} median {median,7:0} ms  max {values[^1],7:0} ms  ({string.Join(", ", values.Select(v => v.ToString("0", CultureInfo.InvariantCulture)))})"));
    }
}
