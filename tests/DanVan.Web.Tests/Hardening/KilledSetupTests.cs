using System.Diagnostics;

namespace DanVan.Web.Tests.Hardening;

/// <summary>
/// <c>kill -9</c> of a CLI in the middle of a tenant setup: the tenant is left Initializing, but its setup lease names
/// a process that is gone, so a setup or a removal works at once (no waiting for an age limit), and after the retry
/// <c>tenants check</c> finds every tenant consistent.
/// </summary>
public sealed class KilledSetupTests : IDisposable
{
    private const string Password = OrchardWebApplicationFactory.AdminPassword;

    // The setup blocks in this recipe's Media step, reading a named pipe that the test holds open and never writes:
    // a real point in the middle of a setup (database created, migrations and the first recipe done), reached without
    // any test hook in the product and without sleeping.
    private const string BlockingRecipe = """
        { "name": "blocking-media", "issetuprecipe": false,
          "steps": [ { "name": "media", "Files": [ { "TargetPath": "tai-lieu/cho.pdf", "SourcePath": "cho-tin-hieu.pdf" } ] } ] }
        """;

    private readonly OrchardWebApplicationFactory _site = new();

    public KilledSetupTests()
    {
        _site.AddRecipe("blocking-media.recipe.json", BlockingRecipe);
        using var mkfifo = Process.Start("mkfifo", Path.Combine(_site.Recipes, "cho-tin-hieu.pdf"));
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_setup_killed_midway_is_reported_by_check_and_can_be_set_up_again_at_once()
    {
        await KillCreateMidwayAsync("QuangUyen", "quang-uyen");

        var list = await HostCli.RunAsync(_site, "tenants", "list");
        Assert.Matches(@"QuangUyen\s+Initializing", list.Output);
        var check = await HostCli.RunAsync(_site, "tenants", "check");
        Assert.Equal(1, check.ExitCode);
        Assert.Matches(@"(?m)^QuangUyen: stuck Initializing: process \d+ on .+ is gone", check.Output);

        var setup = await HostCli.RunAsync(_site, "tenants", "setup", "--name", "QuangUyen", "--recipe", "district-board", "--recipe", "sample-content",
            "--admin-email", "admin@quang-uyen.example.vn", "--admin-password", Password);
        Assert.True(setup.ExitCode == 0, setup.Error);

        var after = await HostCli.RunAsync(_site, "tenants", "check");
        Assert.True(after.ExitCode == 0, after.Output + after.Error);
        Assert.EndsWith("no problem.", after.Output);
        Assert.Matches(@"QuangUyen\s+Running", (await HostCli.RunAsync(_site, "tenants", "list")).Output);
    }

    [Fact]
    public async Task A_setup_killed_midway_can_be_removed_at_once()
    {
        await KillCreateMidwayAsync("PhucHoa", "phuc-hoa");

        var remove = await HostCli.RunAsync(_site, "tenants", "remove", "--name", "PhucHoa");

        Assert.True(remove.ExitCode == 0, remove.Error);
        Assert.False(Directory.Exists(Path.Combine(_site.AppData, "Sites", "PhucHoa")));
        Assert.DoesNotContain("PhucHoa", (await HostCli.RunAsync(_site, "tenants", "list")).Output);
        Assert.Equal(0, (await HostCli.RunAsync(_site, "tenants", "check")).ExitCode);
    }

    /// <summary>Starts <c>tenants create</c> with the blocking recipe, waits until it is inside it, and kills it (SIGKILL).</summary>
    private async Task KillCreateMidwayAsync(string name, string prefix)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "DanVan.Web.dll"), "tenants", "create", "--name", name, "--prefix", prefix,
            "--recipe", "district-board", "--recipe", "blocking-media", "--admin-email", $"admin@{prefix}.example.vn", "--admin-password", Password,
        })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DanVan__AppDataPath"] = _site.AppData;
        start.Environment["DanVan__RecipesPath"] = _site.Recipes;
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        using var cli = Process.Start(start)!;
        var output = cli.StandardOutput.ReadToEndAsync();
        var error = cli.StandardError.ReadToEndAsync();

        // Opening the pipe for writing returns only once the setup has opened it for reading: it is then blocked in the step.
        var pipe = Path.Combine(_site.Recipes, "cho-tin-hieu.pdf");
        var opened = Task.Run(() => new FileStream(pipe, FileMode.Open, FileAccess.Write));
        var first = await Task.WhenAny(opened, cli.WaitForExitAsync()).WaitAsync(TimeSpan.FromSeconds(60));
        if (first != opened)
        {
            Assert.Fail($"The CLI ended before reaching the blocking step: {await output} {await error}");
        }

        await using var writer = await opened;
        cli.Kill();
        await cli.WaitForExitAsync();
        Assert.Equal(137, cli.ExitCode);
    }
}
