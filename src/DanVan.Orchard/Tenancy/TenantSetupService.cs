using System.Diagnostics;
using DanVan.Orchard.Data;
using DanVan.Orchard.Locking;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Recipes;
using DanVan.Orchard.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVan.Orchard.Tenancy;

/// <summary>
/// Sets a tenant up: creates its database, applies every module's migrations, runs the recipes and the modules' setup
/// handlers. All or nothing: on any failure the database and the tenant's folder are removed and the tenant is
/// marked Failed with the reason, ready for another attempt.
/// </summary>
public sealed class TenantSetupService(
    TenantManager tenants,
    TenantRegistry registry,
    RecipeHarvester recipes,
    RecipeExecutor executor,
    TenantMigrator migrator,
    IEnumerable<ITenantSetupHandler> setupHandlers,
    IServiceScopeFactory scopes,
    AppDataPaths paths,
    IDistributedLock locks,
    ILogger<TenantSetupService> logger) : ITenantSetupService
{
    public async Task<TenantSettings> SetupAsync(string tenantName, TenantSetupRequest request, CancellationToken cancellationToken)
    {
        var tenant = await tenants.FindAsync(tenantName, cancellationToken)
            ?? throw new TenantValidationException(TenantError.NotFound(tenantName));
        if (!CanSetUp(tenant, DateTime.UtcNow))
        {
            throw new TenantValidationException(TenantError.WrongState(tenant.State == TenantState.Initializing
                ? SetupUnderWay(tenant.Name)
                : $"Trang “{tenant.Name}” đang ở trạng thái {tenant.State}; chỉ cài đặt được trang chưa cài đặt hoặc cài đặt không thành công."));
        }

        var recipeList = await CheckAsync(request, cancellationToken);

        // Two nodes asked at once: the second is told so now, rather than racing the first to the store. (Within one
        // machine the store's file lock and the Initializing state already exclude it; this covers any store.)
        await using var setupLock = await locks.TryAcquireAsync($"setup:{tenant.Name}", TimeSpan.Zero, cancellationToken)
            ?? throw new TenantValidationException(TenantError.WrongState(SetupUnderWay(tenant.Name)));

        var stopwatch = Stopwatch.StartNew();
        using var whole = SetupActivities.Start("setup", tenant.Name);
        var now = DateTime.UtcNow;
        var lease = SetupLease.ForThisProcess(now);
        TenantSettings initializing;
        using (SetupActivities.Start("setup.store"))
        {
            initializing = await tenants.ChangeAsync(tenant.Name, t => CanSetUp(t, now)
                ? t with { State = TenantState.Initializing, RecipeName = recipeList[0].Name, FailureReason = null, SetupStartedUtc = now, SetupLease = lease }
                : throw new TenantValidationException(TenantError.WrongState(SetupUnderWay(t.Name))), cancellationToken);
        }

        if (tenant.WhySetupAbandoned(now) is { } why)
        {
            TenancyLog.SetupResumed(logger, tenant.Name, why);
        }

        var database = registry.DatabaseFor(initializing);
        await using var heartbeat = SetupHeartbeat.Start(tenants, initializing.Name, lease.Token, logger);
        try
        {
            // What a crashed earlier attempt may have left behind goes first: a setup always starts from nothing.
            using (SetupActivities.Start("setup.cleanup"))
            {
                await database.DeleteAsync(initializing, cancellationToken);
                DeleteTenantFolder(initializing.Name);
            }

            await RunInScopeAsync(initializing, database, request, recipeList, cancellationToken);
        }
        catch (Exception e)
        {
            var reason = e is RecipeException or TenantSetupException ? e.Message : $"{e.GetType().Name}: {e.Message}";
            TenancyLog.SetupFailed(logger, e, initializing.Name, reason);
            await heartbeat.DisposeAsync();

            // A setup another process took over (it judged this one dead) owns the database and folder now: leave them.
            if ((await tenants.FindAsync(initializing.Name, CancellationToken.None))?.SetupLease?.Token == lease.Token)
            {
                registry.Release(initializing.Name);
                await database.DeleteAsync(initializing, CancellationToken.None);
                DeleteTenantFolder(initializing.Name);
                await tenants.ChangeAsync(initializing.Name, t => t.SetupLease?.Token == lease.Token
                    ? t with { State = TenantState.Failed, FailureReason = reason, SetupLease = null }
                    : t, CancellationToken.None);
            }

            throw new TenantSetupException($"Setting up tenant '{initializing.Name}' failed: {reason}", e);
        }

        await heartbeat.DisposeAsync();
        using var runningSpan = SetupActivities.Start("setup.store");
        // Only the setup that still holds the lease may declare the tenant Running: if another process judged this one
        // dead and took over, its setup owns the database now and this one must not overwrite its outcome.
        var running = await tenants.ChangeAsync(initializing.Name, t => t.SetupLease?.Token == lease.Token
            ? t with { State = TenantState.Running, Revision = t.Revision + 1, SetupLease = null }
            : throw new TenantSetupException($"Setting up tenant '{t.Name}' was taken over by another process; its outcome stands."), cancellationToken);
        TenancyLog.SetUp(logger, running.Name, request.Recipes, stopwatch.ElapsedMilliseconds);
        return running;
    }

    public async Task ValidateAsync(TenantSetupRequest request, CancellationToken cancellationToken) => await CheckAsync(request, cancellationToken);

    private async Task<List<RecipeDescriptor>> CheckAsync(TenantSetupRequest request, CancellationToken cancellationToken)
    {
        var recipeList = await LoadRecipesAsync(request, cancellationToken);
        var problems = setupHandlers.SelectMany(h => h.Validate(request)).ToList();
        return problems.Count > 0 ? throw new TenantValidationException("admin", string.Join(" ", problems)) : recipeList;
    }

    /// <summary>Another setup of the tenant holds it (on this node or another): a conflict, to wait out, not bad input.</summary>
    private static string SetupUnderWay(string tenantName) =>
        $"Trang “{tenantName}” đang được cài đặt (trên máy chủ này hoặc một máy chủ khác); vui lòng đợi việc cài đặt đó xong rồi xem lại.";

    /// <summary>Uninitialized, Failed, or Initializing by a setup that is no longer running (its process died).</summary>
    private static bool CanSetUp(TenantSettings tenant, DateTime nowUtc) =>
        tenant.State is TenantState.Uninitialized or TenantState.Failed || tenant.WhySetupAbandoned(nowUtc) is not null;

    /// <summary>Runs a (non-setup) recipe against a running tenant, e.g. sample content added later.</summary>
    public async Task RunRecipeAsync(string tenantName, string recipeName, CancellationToken cancellationToken, bool lenient = false)
    {
        var tenant = await tenants.FindAsync(tenantName, cancellationToken)
            ?? throw new TenantValidationException(TenantError.NotFound(tenantName));
        if (tenant.State != TenantState.Running)
        {
            throw new TenantValidationException(TenantError.WrongState($"Tenant '{tenant.Name}' is {tenant.State}; recipes run only on a Running tenant."));
        }

        var recipe = await recipes.FindAsync(recipeName, cancellationToken)
            ?? throw new TenantValidationException("recipe", $"There is no recipe '{recipeName}'.");
        executor.Validate(recipe, lenient);

        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Activate(registry.GetShell(tenant));
            var setup = await scope.ServiceProvider.GetRequiredService<IDocumentStore>().GetAsync<TenantSetupRecord>(TenantSetupRecord.DocumentId, cancellationToken);
            await executor.ExecuteAsync(recipe, Parameters(tenant, null, setup.AdminUserId), scope.ServiceProvider, cancellationToken, lenient: lenient);
        }

        // Other processes (the site, when this runs from the CLI) drop their cached documents on the new revision.
        await tenants.ChangeAsync(tenant.Name, t => t with { Revision = t.Revision + 1 }, cancellationToken);
    }

    private async Task<List<RecipeDescriptor>> LoadRecipesAsync(TenantSetupRequest request, CancellationToken cancellationToken)
    {
        if (request.Recipes.Count == 0 && request.RecipeDocuments is not { Count: > 0 })
        {
            throw new TenantValidationException("recipe", "Name a setup recipe.");
        }

        var list = new List<RecipeDescriptor>();
        foreach (var given in request.RecipeDocuments ?? [])
        {
            executor.Validate(given, request.Lenient);
            list.Add(given);
        }

        foreach (var name in request.RecipeDocuments is null ? request.Recipes : Array.Empty<string>())
        {
            var recipe = await recipes.FindAsync(name, cancellationToken)
                ?? throw new TenantValidationException("recipe", $"There is no recipe '{name}'.");
            executor.Validate(recipe, request.Lenient);
            list.Add(recipe);
        }

        if (!list[0].IsSetupRecipe)
        {
            throw new TenantValidationException("recipe", $"'{list[0].Name}' is not a setup recipe.");
        }

        return list;
    }

    private async Task RunInScopeAsync(
        TenantSettings tenant, IDatabaseProvider database, TenantSetupRequest request, List<RecipeDescriptor> recipeList, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var shell = registry.GetShell(tenant);
        services.GetRequiredService<TenantContext>().Activate(shell);

        var adminUserId = Guid.CreateVersion7().ToString("N");
        var context = new TenantSetupContext(request, adminUserId, services);
        var prepared = Task.WhenAll(setupHandlers.Select(h => Task.Run(() => h.PrepareAsync(context, cancellationToken), cancellationToken)));
        try
        {
            bool fromTemplate;
            using (SetupActivities.Start("setup.database"))
            {
                var schemaKey = migrator.GetSchemaKey(services);
                fromTemplate = await database.CreateAsync(tenant, schemaKey, cancellationToken);
            }

            // A copy of the template is migrated already: the template is named by the schema key (every module's
            // migrations) and saved only after they were applied, so asking each module's context is skipped.
            if (!fromTemplate)
            {
                using (SetupActivities.Start("setup.migrations"))
                {
                    await migrator.MigrateAsync(services, cancellationToken);
                    await database.SaveTemplateAsync(tenant, migrator.GetSchemaKey(services), cancellationToken);
                }
            }

            shell.MarkMigrated();

            using var siteSpan = SetupActivities.Start("setup.site");
            await services.GetRequiredService<IDocumentStore>().SaveAsync(
                TenantSetupRecord.DocumentId, new TenantSetupRecord { AdminUserId = adminUserId }, cancellationToken);
            var parameters = Parameters(tenant, request, adminUserId);
            if (request.SiteName is null && tenant.DisplayName is null)
            {
                // The portal set up without a name is named after its recipe ("Cổng thông tin …"), not "Default".
                parameters["SiteName"] = recipeList[0].DisplayName;
            }

            // The name given at setup is the site's until a recipe's settings step says otherwise (Orchard's do not).
            var siteService = services.GetRequiredService<SiteService>();
            var site = (await siteService.GetAsync(cancellationToken)).Clone();
            site.SiteName = parameters["SiteName"] ?? site.SiteName;
            await siteService.SaveAsync(site, cancellationToken);
            siteSpan?.Stop();

            foreach (var recipe in recipeList)
            {
                using var recipeSpan = SetupActivities.Start("recipe", recipe.Name);
                await executor.ExecuteAsync(recipe, parameters, services, cancellationToken, request.Variables, request.Lenient);
            }
        }
        finally
        {
            // Never leave a preparation running against a scope that is going away. The preparation (the
            // administrator's password hash) ran beside the steps above: the span is what is left of it.
            using var waitSpan = SetupActivities.Start("setup.prepare-wait");
            await prepared.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await prepared;

        // Validation and preparation ran before the recipes chose the features; the setup itself is the enabled features' only.
        foreach (var handler in await services.GetRequiredService<FeatureGate>().WhereEnabledAsync(setupHandlers, cancellationToken))
        {
            using var handlerSpan = SetupActivities.Start("setup.handler", handler.GetType().Name);
            await handler.SetupAsync(context, cancellationToken);
        }
    }

    private static Dictionary<string, string?> Parameters(TenantSettings tenant, TenantSetupRequest? request, string? adminUserId) => new()
    {
        ["SiteName"] = request?.SiteName ?? tenant.DisplayName ?? tenant.Name,
        ["TenantName"] = tenant.Name,
        ["RequestUrlPrefix"] = tenant.RequestUrlPrefix,
        ["AdminUserId"] = adminUserId,
        ["AdminUsername"] = request?.AdminUserName,
        ["AdminEmail"] = request?.AdminEmail,
    };

    private void DeleteTenantFolder(string tenantName)
    {
        var folder = paths.TenantFolder(tenantName);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
