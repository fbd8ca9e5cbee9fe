using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests;

/// <summary>
/// The real host in process, on its own App_Data and its own copy of the shipped recipes (plus the tests' own),
/// so tests can add broken recipes without touching the repository.
/// </summary>
public class OrchardWebApplicationFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "matkhau-2026";

    public OrchardWebApplicationFactory()
    {
        Root = Path.Combine(Path.GetTempPath(), "danvan-tests", Guid.NewGuid().ToString("N"));
        AppData = Path.Combine(Root, "App_Data");
        Recipes = Path.Combine(Root, "recipes");
        Directory.CreateDirectory(Recipes);
        var source = RepositoryFolder("recipes");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Recipes, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; }

    public string AppData { get; }

    public string Recipes { get; }

    public static string RepositoryFolder(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DanVan.Orchard.sln")))
            {
                return Path.Combine(dir.FullName, name);
            }
        }

        throw new DirectoryNotFoundException("The repository root (DanVan.Orchard.sln) was not found above the test binaries.");
    }

    public void AddRecipe(string fileName, string json) => File.WriteAllText(Path.Combine(Recipes, fileName), json);

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async Task<TenantSettings> CreateAndSetupAsync(string name, string prefix, string displayName, params string[] recipes)
    {
        await Get<TenantManager>().CreateAsync(new CreateTenantRequest(name, displayName, prefix, null, recipes[0]), CancellationToken.None);
        return await Get<TenantSetupService>().SetupAsync(name, SetupRequest(recipes), CancellationToken.None);
    }

    /// <summary>A client of the tenant at <paramref name="prefix"/> that answers the account forms' captcha as a person would (<see cref="TenantClient.CaptchaAnswers"/>).</summary>
    public TenantClient Client(string prefix) =>
        new TenantClient(CreateClient(new() { AllowAutoRedirect = false }), prefix).AnsweringCaptchas(this);

    /// <summary>A client whose requests come from <paramref name="address"/>, answering no captcha by itself: for what is counted per address.</summary>
    public TenantClient ClientFrom(string prefix, System.Net.IPAddress address)
    {
        var handler = new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler
        {
            InnerHandler = Server.CreateHandler(context => context.Connection.RemoteIpAddress = address),
        };
        return new(new HttpClient(handler) { BaseAddress = Server.BaseAddress }, prefix);
    }

    /// <summary>The answer the tenant's database expects for a captcha question: what the test, owning the database, may read.</summary>
    public async Task<string> CaptchaAnswerAsync(string tenant, string challengeId)
    {
        var answer = string.Empty;
        await InTenantAsync(tenant, async services =>
            answer = (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
                services.GetRequiredService<DanVan.Feedback.Data.FeedbackDbContext>().Challenges, c => c.Id == challengeId)).Answer);
        return answer;
    }

    /// <summary>The name of the tenant served at <paramref name="prefix"/> ("" for the portal).</summary>
    public string TenantAt(string prefix) =>
        prefix.Length == 0
            ? TenantSettings.DefaultTenantName
            : Get<TenantRegistry>().Table.All.Single(t => string.Equals(t.RequestUrlPrefix, prefix.Trim('/'), StringComparison.OrdinalIgnoreCase)).Name;

    /// <summary>Creates a user of the tenant in the given role; returns the user's id.</summary>
    public async Task<string> CreateUserAsync(string tenantName, string userName, string? role, string password = AdminPassword)
    {
        var id = string.Empty;
        await InTenantAsync(tenantName, async services =>
        {
            var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser>>();
            var user = new Microsoft.AspNetCore.Identity.IdentityUser(userName) { Email = $"{userName}@example.vn", EmailConfirmed = true };
            var created = await users.CreateAsync(user, password);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
            if (role is not null)
            {
                Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
            }

            id = user.Id;
        });
        return id;
    }

    public static TenantSetupRequest SetupRequest(params string[] recipes) =>
        new(recipes, null, "admin", "admin@example.vn", AdminPassword);

    /// <summary>Runs <paramref name="action"/> in a scope that belongs to the tenant, as a request would.</summary>
    public async Task InTenantAsync(string tenantName, Func<IServiceProvider, Task> action)
    {
        var registry = Get<TenantRegistry>();
        var settings = registry.Table.Find(tenantName) ?? throw new InvalidOperationException($"No tenant {tenantName}.");
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Activate(registry.GetShell(settings));
        await action(scope.ServiceProvider);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("DanVan:AppDataPath", AppData);
        builder.UseSetting("DanVan:RecipesPath", Recipes);
        builder.UseSetting("DanVan:TenantStorePollInterval", "00:00:00.100");

        // The tests sign in far more often than a person; the limits themselves are tested in Hardening/SignInRateLimitTests.
        builder.UseSetting("DanVan:RateLimits:SignIn:PermitLimit", "1000");
        builder.UseSetting("DanVan:RateLimits:ForgotPassword:PermitLimit", "1000");
        // Likewise the captcha's counts: each class asks for it where it tests it (Feedback/SignInCaptchaTests…).
        builder.UseSetting("DanVan:Feedback:RateLimit:CaptchaPermitLimit", "1000");
        builder.UseSetting("DanVan:Feedback:SignInCaptcha:FailedAttempts", "1000");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finishing background task; the temp folder is cleaned by the OS.
        }
    }
}
