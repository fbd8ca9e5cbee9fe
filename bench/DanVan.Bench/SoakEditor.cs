using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using DanVan.Orchard.Text;

namespace DanVan.Bench;

/// <summary>
/// The editor of the soak (bench/soak.sh): signs in to one district through the login form, publishes an article every
/// second and reads it back, uploads a generated photo every ten seconds, for the given duration; then prints the
/// counts and latency percentiles. Every non-success is counted, none stops the run.
/// </summary>
/// <remarks>
/// Usage: <c>dotnet DanVan.Bench.dll --soak-editor --url http://127.0.0.1:5080 [--prefix huyen-1] [--duration 10m]
/// [--user admin] [--password …] [--publish-every 1] [--upload-every 10]</c> (seconds).
/// Exits 0 when it ran (whatever failed), 2 when it could not sign in or its options are wrong.
/// </remarks>
public static partial class SoakEditor
{
    private const string ArticleForm = "/admin/contents/create/Article";

    public static async Task<int> RunAsync(string[] args)
    {
        string url, prefix, user, password;
        TimeSpan duration, publishEvery, uploadEvery;
        try
        {
            url = SoakArgs.Required(args, "--url");
            prefix = SoakArgs.Text(args, "--prefix") ?? "huyen-1";
            user = SoakArgs.Text(args, "--user") ?? "admin";
            password = SoakArgs.Text(args, "--password") ?? "Bench-Password-2026";
            duration = SoakArgs.Duration(args, "--duration", TimeSpan.FromMinutes(10));
            publishEvery = TimeSpan.FromSeconds(SoakArgs.Int(args, "--publish-every", 1));
            uploadEvery = TimeSpan.FromSeconds(SoakArgs.Int(args, "--upload-every", 10));
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"soak-editor: {e.Message}");
            return 2;
        }

        // soak.sh stops a late editor with SIGTERM: end the loops and still print what was done. The duration counts
        // from the first tick, so process start and sign-in do not shorten the run.
        using var stopping = new CancellationTokenSource();
        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; stopping.Cancel(); });
        using var onInt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => { context.Cancel = true; stopping.Cancel(); });

        using var client = new SiteClient(url, prefix);
        try
        {
            using var signIn = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
            signIn.CancelAfter(TimeSpan.FromSeconds(60));
            await client.SignInAsync(user, password, signIn.Token);
        }
        catch (Exception e) when (e is SoakFailedException or HttpRequestException or TaskCanceledException)
        {
            Console.WriteLine($"editor: could not sign in to /{prefix}: {e.Message}");
            Console.WriteLine("editor-counts: signin_failed=1 publish_ok=0 publish_failed=0 readback_ok=0 readback_failed=0 upload_ok=0 upload_failed=0");
            return 2;
        }

        var run = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
        var publishes = new OperationTally("publishes");
        var readBacks = new OperationTally("read-backs");
        var uploads = new OperationTally("uploads");
        var images = new[] { ("jpg", "image/jpeg", SoakImages.Jpeg(1)), ("png", "image/png", SoakImages.Png(2)), ("jpg", "image/jpeg", SoakImages.Jpeg(3)), ("png", "image/png", SoakImages.Png(4)) };
        var started = DateTime.UtcNow;
        stopping.CancelAfter(duration);

        await Task.WhenAll(
            EveryAsync(publishEvery, stopping: stopping.Token, action: async n =>
            {
                var title = $"Bài kiểm tra độ bền {run} số {n}";
                await publishes.RunAsync(() => PublishAsync(client, title, stopping.Token), stopping.Token);
                await readBacks.RunAsync(() => ReadBackAsync(client, title, stopping.Token), stopping.Token);
            }),
            EveryAsync(uploadEvery, stopping: stopping.Token, action: async n =>
            {
                var (extension, contentType, bytes) = images[n % images.Length];
                await uploads.RunAsync(() => UploadAsync(client, $"soak-{run}-{n}.{extension}", contentType, bytes, stopping.Token), stopping.Token);
            }));

        var seconds = (DateTime.UtcNow - started).TotalSeconds;
        Console.WriteLine($"editor: /{prefix} for {seconds:0} s, an article every {publishEvery.TotalSeconds:0} s, a photo every {uploadEvery.TotalSeconds:0} s ({string.Join(", ", images.Select(i => $"{i.Item3.Length / 1024} KB {i.Item1}"))})");
        foreach (var tally in new[] { publishes, readBacks, uploads })
        {
            Console.WriteLine($"editor: {tally.Summary()}");
            foreach (var reason in tally.FailureReasons())
            {
                Console.WriteLine($"editor: {reason}");
            }
        }

        Console.WriteLine($"editor-counts: signin_failed=0 publish_ok={publishes.Succeeded} publish_failed={publishes.Failed} " +
            $"readback_ok={readBacks.Succeeded} readback_failed={readBacks.Failed} upload_ok={uploads.Succeeded} upload_failed={uploads.Failed}");
        return 0;
    }

    /// <summary>Runs <paramref name="action"/> on every tick until the run ends; a slow action delays, never overlaps, the next.</summary>
    private static async Task EveryAsync(TimeSpan period, Func<int, Task> action, CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(period);
        var tick = 0;
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                await action(++tick);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The run's duration is over.
        }
    }

    /// <summary>The editor's create form with "Publish": the site answers with a redirect to the new item's editor.</summary>
    private static async Task PublishAsync(SiteClient client, string title, CancellationToken cancellationToken)
    {
        using var response = await client.PostFormAsync(ArticleForm, ArticleForm, new Dictionary<string, string>
        {
            ["Title"] = title,
            ["Path"] = string.Empty,
            ["BodyHtml"] = "<p>Bài viết do bài kiểm tra độ bền đăng, mỗi giây một bài, trong khi bạn đọc tải các trang.</p>",
            ["f.Article.Summary"] = "Bài kiểm tra độ bền.",
            ["f.Article.Tags"] = "kiểm tra, độ bền",
            ["submit"] = "publish",
        }, cancellationToken);
        var location = SiteClient.Location(response);
        if (response.StatusCode != HttpStatusCode.Redirect || !EditorLocation().IsMatch(location))
        {
            throw new SoakFailedException($"POST {ArticleForm} answered {(int)response.StatusCode} {EditorLocation().Replace(location, "/admin/contents/{id}/edit")}".TrimEnd());
        }
    }

    /// <summary>The article just published is at its route (tin-tuc/ + slug of the title) for readers straight away.</summary>
    private static async Task ReadBackAsync(SiteClient client, string title, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync("/tin-tuc/" + Slugifier.Slugify(title), cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new SoakFailedException($"GET tin-tuc/<new article> answered {(int)response.StatusCode}");
        }
    }

    /// <summary>The media library's upload as its page script sends it (multipart, JSON answer).</summary>
    private static async Task UploadAsync(SiteClient client, string fileName, string contentType, byte[] bytes, CancellationToken cancellationToken)
    {
        using var response = await client.PostFileAsync("/admin/media", "/admin/media/upload", "files", fileName, contentType, bytes,
            new Dictionary<string, string> { ["folder"] = "soak" }, acceptJson: true, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new SoakFailedException($"POST /admin/media/upload answered {(int)response.StatusCode} {SiteClient.Location(response)} {body[..Math.Min(body.Length, 200)]}".TrimEnd());
        }
    }

    [GeneratedRegex("/admin/contents/[0-9a-f]{32}/edit$")]
    private static partial Regex EditorLocation();
}
