using System.CommandLine;
using System.Diagnostics;
using DanVan.Orchard;
using DanVan.Orchard.Configuration;
using DanVan.Orchard.Recipes;
using DanVan.Orchard.Tenancy;
using DanVan.Tenants.Services;

namespace DanVan.Web.Cli;

/// <summary>
/// <c>DanVan.Web tenants …</c>: provisioning for scripts. It works on the same App_Data as the site, also while the
/// site runs: the site picks up changes to the tenant store within a second. Exit codes: 0 done, 1 refused or
/// failed, 2 bad usage; errors are one line on stderr.
/// </summary>
public static class TenantsCli
{
    private static readonly System.Text.Json.JsonSerializerOptions IndentedJson = new() { WriteIndented = true };

    public const string AdminPasswordVariable = "DANVAN_ADMIN_PASSWORD";

    public static async Task<int> RunAsync(string[] args)
    {
        var name = new Option<string>("--name") { Description = "Tenant name (letters, digits, '_'), e.g. HoaAn", Required = true };
        var displayName = new Option<string?>("--display-name") { Description = "Name shown to people, e.g. \"Ban Dân vận Huyện ủy Hòa An\"" };
        var prefix = new Option<string?>("--prefix") { Description = "URL prefix, e.g. hoa-an" };
        var host = new Option<string?>("--host") { Description = "Host name(s), comma-separated" };
        var recipe = new Option<string[]>("--recipe") { Description = "Recipe name; repeat to run more after the setup recipe (e.g. --recipe district-board --recipe sample-content)", AllowMultipleArgumentsPerToken = true };
        var requiredRecipe = new Option<string[]>("--recipe") { Description = recipe.Description, Required = true, AllowMultipleArgumentsPerToken = true };
        var singleRecipe = new Option<string>("--recipe") { Description = "Recipe name", Required = true };
        var adminEmail = new Option<string?>("--admin-email") { Description = "First administrator's e-mail" };
        var adminPassword = new Option<string?>("--admin-password") { Description = $"First administrator's password (or set {AdminPasswordVariable})" };
        var adminUserName = new Option<string?>("--admin-username") { Description = "First administrator's user name (default: admin)" };
        var siteName = new Option<string?>("--site-name") { Description = "Site name (default: the display name)" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var lenient = new Option<bool>("--lenient") { Description = "Skip the recipe's unknown steps, feature ids and theme ids (a warning each) instead of refusing them" };

        var list = new Command("list", "List tenants") { json };
        list.SetAction((result, ct) => WithServices(async services =>
        {
            var tenants = await services.GetRequiredService<TenantManager>().ListAsync(ct);
            if (result.GetValue(json))
            {
                Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(tenants, IndentedJson));
                return 0;
            }

            Console.WriteLine($"{"NAME",-20} {"STATE",-13} {"PREFIX/HOST",-28} {"RECIPE",-18} CREATED");
            foreach (var t in tenants)
            {
                var where = t.RequestUrlHost ?? (t.RequestUrlPrefix is null ? "/" : "/" + t.RequestUrlPrefix);
                Console.WriteLine($"{t.Name,-20} {t.State,-13} {where,-28} {t.RecipeName ?? "-",-18} {t.CreatedUtc:dd/MM/yyyy HH:mm}");
            }

            return 0;
        }));

        var create = new Command("create", "Create a tenant; with --admin-email and --admin-password also set it up")
        {
            name, displayName, prefix, host, requiredRecipe, adminEmail, adminPassword, adminUserName, siteName, lenient,
        };
        create.SetAction((result, ct) => WithServices(async services =>
        {
            var recipes = result.GetValue(requiredRecipe)!;

            // A recipe that cannot run is refused before the tenant exists: no record is left behind to clean up.
            await CheckRecipesAsync(services, recipes, result.GetValue(lenient), ct);
            var tenant = await services.GetRequiredService<TenantManager>().CreateAsync(
                new CreateTenantRequest(result.GetValue(name)!, result.GetValue(displayName), result.GetValue(prefix), result.GetValue(host), recipes[0]), ct);
            var password = result.GetValue(adminPassword) ?? Environment.GetEnvironmentVariable(AdminPasswordVariable);
            if (result.GetValue(adminEmail) is not { } email || password is null)
            {
                Console.WriteLine($"Tenant '{tenant.Name}' is created (Uninitialized); set it up with: tenants setup --name {tenant.Name} --recipe {recipes[0]} --admin-email … --admin-password …");
                return 0;
            }

            return await SetupAsync(services, tenant.Name, recipes, result.GetValue(siteName), result.GetValue(adminUserName), email, password, result.GetValue(lenient), ct);
        }));

        var setup = new Command("setup", "Set up an Uninitialized or Failed tenant (the Default tenant too)")
        {
            name, requiredRecipe, adminEmail, adminPassword, adminUserName, siteName, lenient,
        };
        setup.SetAction((result, ct) => WithServices(async services =>
        {
            var password = result.GetValue(adminPassword) ?? Environment.GetEnvironmentVariable(AdminPasswordVariable);
            if (result.GetValue(adminEmail) is not { } email || password is null)
            {
                throw new TenantValidationException("admin", $"Setup needs --admin-email and --admin-password (or {AdminPasswordVariable}).");
            }

            await CheckRecipesAsync(services, result.GetValue(requiredRecipe)!, result.GetValue(lenient), ct);
            return await SetupAsync(services, result.GetValue(name)!, result.GetValue(requiredRecipe)!, result.GetValue(siteName), result.GetValue(adminUserName), email, password, result.GetValue(lenient), ct);
        }));

        var disable = new Command("disable", "Disable a running tenant (it answers 503)") { name };
        disable.SetAction((result, ct) => WithServices(async services =>
        {
            var tenant = await services.GetRequiredService<TenantManager>().DisableAsync(result.GetValue(name)!, ct);
            Console.WriteLine($"Tenant '{tenant.Name}' is disabled.");
            return 0;
        }));

        var enable = new Command("enable", "Enable a disabled tenant") { name };
        enable.SetAction((result, ct) => WithServices(async services =>
        {
            var tenant = await services.GetRequiredService<TenantManager>().EnableAsync(result.GetValue(name)!, ct);
            Console.WriteLine($"Tenant '{tenant.Name}' is running.");
            await EnsureRequiredFeaturesAsync(services, tenant.Name, ct);
            return 0;
        }));

        var runRecipe = new Command("run-recipe", "Run a recipe on a running tenant (e.g. sample-content)") { name, singleRecipe, lenient };
        runRecipe.SetAction((result, ct) => WithServices(async services =>
        {
            await CheckRecipesAsync(services, [result.GetValue(singleRecipe)!], result.GetValue(lenient), ct);
            await services.GetRequiredService<TenantSetupService>().RunRecipeAsync(result.GetValue(name)!, result.GetValue(singleRecipe)!, ct, result.GetValue(lenient));
            Console.WriteLine($"Recipe '{result.GetValue(singleRecipe)}' ran on tenant '{result.GetValue(name)}'.");
            return 0;
        }));

        var remove = new Command("remove", "Remove a Disabled, Uninitialized or Failed tenant with its database and files") { name };
        remove.SetAction((result, ct) => WithServices(async services =>
        {
            await services.GetRequiredService<TenantManager>().RemoveAsync(result.GetValue(name)!, ct);
            Console.WriteLine($"Tenant '{result.GetValue(name)}' is removed.");
            return 0;
        }));

        var file = new Argument<FileInfo>("file") { Description = "CSV with the columns name,display_name,prefix_or_host,admin_email,recipe" };
        var baseUrl = new Option<string?>("--base-url") { Description = "The site's address, for the invitation links (e.g. https://danvan.example.vn)" };
        var import = new Command("import", "Create and set up tenants from a CSV; rows already done are skipped, so a failed import can be run again") { file, baseUrl };
        import.SetAction((result, ct) => WithServices(services => ImportAsync(services, result.GetValue(file)!, result.GetValue(baseUrl), ct)));

        var check = new Command("check", "Check every tenant (database opens and is sound, migrations applied, an administrator; no interrupted setup left); one line a problem, exit 1 if any");
        check.SetAction((result, ct) => WithServices(async services =>
        {
            var problems = await services.GetRequiredService<TenantIntegrityChecker>().CheckAsync(ct);
            foreach (var problem in problems)
            {
                Console.WriteLine(problem);
            }

            var count = (await services.GetRequiredService<TenantManager>().ListAsync(ct)).Count;
            Console.WriteLine(problems.Count == 0 ? $"{count} tenant(s) checked: no problem." : $"{count} tenant(s) checked: {problems.Count} problem(s).");
            return problems.Count == 0 ? 0 : 1;
        }));

        var optionalName = new Option<string?>("--name") { Description = "Tenant name, e.g. HoaAn" };
        var all = new Option<bool>("--all") { Description = "Every running tenant" };
        var searchRebuild = new Command("search-rebuild", "Rebuild the search index of a tenant (--name) or of every running tenant (--all)") { optionalName, all };
        searchRebuild.SetAction((result, ct) => WithServices(services => SearchRebuildCli.RunAsync(services, result.GetValue(optionalName), result.GetValue(all), ct)));

        var tenantsCommand = new Command("tenants", "Manage tenants") { list, create, setup, disable, enable, runRecipe, remove, import, check, searchRebuild };
        foreach (var command in SiteTransferCli.Commands(WithServices))
        {
            tenantsCommand.Subcommands.Add(command);
        }

        var root = new RootCommand("DanVan.Orchard host") { tenantsCommand };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            Console.Error.WriteLine($"{string.Join(' ', args.Take(2))}: {parsed.Errors[0].Message}");
            return 2;
        }

        return await parsed.InvokeAsync();
    }

    private static async Task<int> ImportAsync(IServiceProvider services, FileInfo file, string? baseUrl, CancellationToken ct)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"error: {file.FullName}: no such file");
            return 1;
        }

        TenantImportPlan plan;
        await using (var stream = file.OpenRead())
        {
            plan = await services.GetRequiredService<TenantCsvReader>().ReadAsync(stream, ct);
        }

        if (!plan.IsValid)
        {
            foreach (var error in plan.Errors)
            {
                Console.Error.WriteLine($"{file.Name}:{error.Line}: {error.Column}: {error.Message}");
            }

            Console.Error.WriteLine($"error: {plan.Errors.Count} problem(s) in {file.Name}; nothing was created.");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        var total = plan.Rows.Count;
        var results = await services.GetRequiredService<TenantImporter>().RunAsync(plan, baseUrl, (index, outcome) =>
        {
            var row = plan.Rows[index];
            var what = outcome.Status switch
            {
                ProvisionStatus.Done => $"set up in {outcome.Milliseconds:0} ms" + (outcome.InvitationPath is null ? string.Empty : $", invitation: {outcome.InvitationPath}"),
                ProvisionStatus.Skipped => "already running, skipped",
                _ => "FAILED: " + outcome.Error,
            };
            Console.WriteLine($"[{index + 1,4}/{total}] line {row.Line}: {row.Name}: {what}");
        }, ct);

        var failed = results.Count(r => r.Status == ProvisionStatus.Failed);
        Console.WriteLine($"{results.Count(r => r.Status == ProvisionStatus.Done)} set up, {results.Count(r => r.Status == ProvisionStatus.Skipped)} skipped, {failed} failed in {clock.Elapsed.TotalSeconds:0.0} s.");
        if (failed > 0)
        {
            Console.Error.WriteLine($"error: {failed} tenant(s) failed; fix the cause and run the same import again (done rows are skipped).");
        }

        return failed > 0 ? 1 : 0;
    }

    private static async Task<int> SetupAsync(
        IServiceProvider services, string tenantName, string[] recipes, string? siteName, string? userName, string email, string password, bool lenient, CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        var tenant = await services.GetRequiredService<TenantSetupService>().SetupAsync(
            tenantName, new TenantSetupRequest(recipes, siteName, userName ?? "admin", email, password) { Lenient = lenient }, ct);
        Console.WriteLine($"Tenant '{tenant.Name}' is set up in {stopwatch.Elapsed.TotalMilliseconds:0} ms.");
        await EnsureRequiredFeaturesAsync(services, tenant.Name, ct);
        return 0;
    }

    /// <summary>
    /// As the portal's admin does after an enable or a setup: the features the tenant's profile requires (the profile
    /// may have changed while it was not running). A failure is a warning: the state change itself stands.
    /// </summary>
    private static async Task EnsureRequiredFeaturesAsync(IServiceProvider services, string tenantName, CancellationToken ct)
    {
        if (await services.GetRequiredService<DanVan.Tenants.Services.RequiredFeatures>().EnsureForAsync(tenantName, ct) is { } problem)
        {
            Console.Error.WriteLine($"warning: the features required by the profile of '{tenantName}' are not all on: {problem}");
        }
    }

    /// <summary>
    /// Refuses (strict) every unknown step, feature and theme of the named recipes at once, or prints one warning per
    /// item that will be skipped (lenient); an unknown recipe name is left for the command's own message.
    /// </summary>
    private static async Task CheckRecipesAsync(IServiceProvider services, IEnumerable<string> names, bool lenient, CancellationToken ct)
    {
        foreach (var recipeName in names)
        {
            if (await services.GetRequiredService<RecipeHarvester>().FindAsync(recipeName, ct) is { } found)
            {
                foreach (var warning in services.GetRequiredService<RecipeExecutor>().Validate(found, lenient).Warnings)
                {
                    Console.Error.WriteLine($"warning: {warning}");
                }
            }
        }
    }

    /// <summary>Runs <paramref name="action"/> on the same services as the site (same configuration, same App_Data).</summary>
    private static async Task<int> WithServices(Func<IServiceProvider, Task<int>> action)
    {
        await using var app = OrchardServiceHost.Build();
        try
        {
            // No hosted services run here: connect to Redis (when configured) before anything needs the shared key ring.
            if (app.Services.GetService<DanVan.Orchard.ScaleOut.RedisConnection>() is { } redis)
            {
                await redis.GetAsync();
            }

            await app.Services.GetRequiredService<TenantManager>().EnsureDefaultTenantAsync(CancellationToken.None);
            return await action(app.Services);
        }
        catch (Exception e) when (e is TenantValidationException or TenantSetupException or TenantStoreException or DanVan.Orchard.Recipes.RecipeException
            or DanVan.Orchard.SiteTransfer.SiteImportException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e.ConfigurationFailures() is { } failures)
        {
            foreach (var failure in failures)
            {
                Console.Error.WriteLine($"error: {failure}");
            }

            return 1;
        }
    }
}
