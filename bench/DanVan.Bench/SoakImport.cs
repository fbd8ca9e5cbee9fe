using System.Globalization;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DanVan.Bench;

/// <summary>
/// The CSV import of the soak (bench/soak.sh), as a provincial admin does it on the portal: sign in, upload the CSV
/// (validation report), confirm (start), then poll the job's JSON status until it has finished.
/// </summary>
/// <remarks>
/// Usage: <c>dotnet DanVan.Bench.dll --soak-import --url http://127.0.0.1:5080 [--rows 20] [--first 301]
/// [--user admin] [--password …] [--timeout 10m]</c>. The rows are District{first}.. with prefix huyen-{first}..,
/// recipe district-board. Exits 0 when the job finished (whatever its rows' results), 2 when it could not be
/// started or did not finish in time.
/// </remarks>
public static partial class SoakImport
{
    public static async Task<int> RunAsync(string[] args)
    {
        string url, user, password;
        int rows, first;
        TimeSpan timeout;
        try
        {
            url = SoakArgs.Required(args, "--url");
            rows = SoakArgs.Int(args, "--rows", 20);
            first = SoakArgs.Int(args, "--first", 301);
            user = SoakArgs.Text(args, "--user") ?? "admin";
            password = SoakArgs.Text(args, "--password") ?? "Bench-Password-2026";
            timeout = SoakArgs.Duration(args, "--timeout", TimeSpan.FromMinutes(10));
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"soak-import: {e.Message}");
            return 2;
        }

        using var stopping = new CancellationTokenSource(timeout);
        using var portal = new SiteClient(url, string.Empty);
        var clock = Stopwatch.StartNew();
        try
        {
            await portal.SignInAsync(user, password, stopping.Token);
            var job = await StartAsync(portal, Csv(first, rows), stopping.Token);
            var status = await WaitAsync(portal, job, stopping.Token);
            var done = status.GetProperty("done").GetInt32();
            var skipped = status.GetProperty("skipped").GetInt32();
            var failed = status.GetProperty("failed").GetInt32();
            var crash = status.TryGetProperty("crash", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            Console.WriteLine($"import: {rows} districts (District{first}..District{first + rows - 1}) through /admin/tenants/import: " +
                $"{done} done, {skipped} skipped, {failed} failed in {clock.Elapsed.TotalSeconds:0.0} s{(crash is null ? string.Empty : $"; the job crashed: {crash}")}");
            if (failed > 0)
            {
                Console.WriteLine($"import: the failed rows' reasons are on {url.TrimEnd('/')}/admin/tenants/import/{job} and in the site log");
            }

            Console.WriteLine($"import-counts: started=1 finished=1 total={rows} done={done} skipped={skipped} failed={failed} crashed={(crash is null ? 0 : 1)}");
            return 0;
        }
        catch (Exception e) when (e is SoakFailedException or HttpRequestException or OperationCanceledException or JsonException or KeyNotFoundException)
        {
            var what = e is OperationCanceledException ? $"did not finish within {timeout.TotalSeconds:0} s" : e.Message;
            Console.WriteLine($"import: {rows} districts through /admin/tenants/import: {what} (after {clock.Elapsed.TotalSeconds:0.0} s)");
            Console.WriteLine($"import-counts: started=0 finished=0 total={rows} done=0 skipped=0 failed={rows} crashed=0");
            return 2;
        }
    }

    private static string Csv(int first, int rows)
    {
        var csv = new StringBuilder("name,display_name,prefix_or_host,admin_email,recipe\n");
        for (var i = first; i < first + rows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"District{i},Ban Dân vận huyện {i},huyen-{i},admin{i}@example.vn,district-board\n");
        }

        return csv.ToString();
    }

    /// <summary>Uploads the CSV, then confirms the report's form (its hidden CSV and token); returns the job id.</summary>
    private static async Task<string> StartAsync(SiteClient portal, string csv, CancellationToken cancellationToken)
    {
        using var report = await portal.PostFileAsync("/admin/tenants/import", "/admin/tenants/import", "file", "soak-import.csv", "text/csv",
            Encoding.UTF8.GetBytes(csv), new Dictionary<string, string>(), acceptJson: false, cancellationToken);
        var html = await report.Content.ReadAsStringAsync(cancellationToken);
        var checkedCsv = CheckedCsv().Match(html);
        var token = SiteClient.TokenIn(html);
        if (report.StatusCode != HttpStatusCode.OK || !checkedCsv.Success || token is null)
        {
            throw new SoakFailedException($"POST /admin/tenants/import answered {(int)report.StatusCode} {SiteClient.Location(report)} without a report to confirm".TrimEnd());
        }

        using var start = await portal.PostRawFormAsync("/admin/tenants/import/start", new Dictionary<string, string>
        {
            ["csv"] = WebUtility.HtmlDecode(checkedCsv.Groups[1].Value),
            ["__RequestVerificationToken"] = token,
        }, cancellationToken);
        var location = SiteClient.Location(start);
        var job = JobLocation().Match(location);
        if (start.StatusCode != HttpStatusCode.Redirect || !job.Success)
        {
            throw new SoakFailedException($"POST /admin/tenants/import/start answered {(int)start.StatusCode} {location}".TrimEnd());
        }

        return job.Groups[1].Value;
    }

    private static async Task<JsonElement> WaitAsync(SiteClient portal, string job, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            using var response = await portal.GetAsync($"/admin/tenants/import/{job}/status", cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new SoakFailedException($"GET /admin/tenants/import/<job>/status answered {(int)response.StatusCode} {SiteClient.Location(response)}".TrimEnd());
            }

            var status = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)).RootElement;
            if (status.GetProperty("finished").GetBoolean())
            {
                return status;
            }
        }

        throw new OperationCanceledException(cancellationToken);
    }

    [GeneratedRegex("<textarea name=\"csv\" hidden>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex CheckedCsv();

    [GeneratedRegex("/admin/tenants/import/([A-Za-z0-9_-]+)$")]
    private static partial Regex JobLocation();
}
