using System.Text.Json.Nodes;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Modules;
using Microsoft.Extensions.Configuration;
using DanVan.Orchard.Display;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVan.Orchard.Recipes;

/// <summary>Runs a recipe's steps in order against the tenant of the given scope.</summary>
public sealed class RecipeExecutor(
    IEnumerable<RecipeStepDescriptor> steps, IConfiguration configuration, FeatureCatalog featureCatalog, ThemeCatalog themeCatalog, ILogger<RecipeExecutor> logger,
    ILoggerFactory? loggers = null)
{
    /// <summary>
    /// The category of what a step skips while the recipe runs leniently (an Orchard permission, a menu item kind): the
    /// CLI shows it, as it shows the skips found before the recipe runs.
    /// </summary>
    public const string SkippedCategory = "DanVan.Orchard.Recipes.Skipped";

    private readonly ILogger _skipped = loggers?.CreateLogger(SkippedCategory) ?? logger;

    private readonly Dictionary<string, RecipeStepDescriptor> _steps =
        steps.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);

    private RecipeCompatibility Compatibility => new(_steps.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase), featureCatalog, themeCatalog);

    public async Task ExecuteAsync(
        RecipeDescriptor recipe,
        IReadOnlyDictionary<string, string?> parameters,
        IServiceProvider scopedServices,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? variables = null,
        bool lenient = false)
    {
        var plan = Validate(recipe, lenient);
        foreach (var warning in plan.Warnings)
        {
            RecipeLog.ItemSkipped(logger, warning);
        }

        var script = new RecipeScript(parameters, key => configuration[key], Path.GetDirectoryName(recipe.FilePath));
        try
        {
            script.DefineVariables(recipe.Variables, variables);
        }
        catch (RecipeScriptException e)
        {
            throw new RecipeException(recipe.Name, null, null, e.Field, e.Message);
        }

        // All or nothing: the steps share one transaction (and undo their files) unless an outer run already opened it.
        var unit = scopedServices.GetRequiredService<Data.TenantTransaction>();
        var began = await unit.BeginAsync(cancellationToken);
        try
        {
            await RunStepsAsync(recipe, plan, script, parameters, scopedServices, lenient, cancellationToken);
            if (began)
            {
                await unit.CommitAsync(cancellationToken);
            }
        }
        catch when (began)
        {
            await unit.RollbackAsync();
            throw;
        }
    }

    private async Task RunStepsAsync(
        RecipeDescriptor recipe, RecipePlan plan, RecipeScript script, IReadOnlyDictionary<string, string?> parameters,
        IServiceProvider scopedServices, bool lenient, CancellationToken cancellationToken)
    {
        var features = scopedServices.GetRequiredService<FeatureGate>();
        var catalog = scopedServices.GetRequiredService<FeatureCatalog>();
        foreach (var (index, raw) in plan.Steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var descriptor = _steps[raw["name"]!.GetValue<string>()];
            JsonObject step;
            try
            {
                step = (JsonObject)script.Evaluate(raw, string.Empty)!;
            }
            catch (RecipeScriptException e)
            {
                throw new RecipeException(recipe.Name, index, descriptor.Name, e.Field, e.Message);
            }

            var context = new RecipeStepContext(recipe, index, step, parameters, lenient ? (string warning) => RecipeLog.ItemSkipped(_skipped, warning) : null);
            if (!await features.IsEnabledAsync(descriptor.HandlerType, cancellationToken))
            {
                throw context.Error(null, $"the step needs the feature '{catalog.FeatureOf(descriptor.HandlerType)}'; enable it in an earlier 'feature' step");
            }

            using var span = Tenancy.SetupActivities.Start("recipe.step", descriptor.Name);
            try
            {
                var handler = (IRecipeStepHandler)scopedServices.GetRequiredService(descriptor.HandlerType);
                await handler.ExecuteAsync(context, cancellationToken);
            }
            catch (RecipeException)
            {
                throw;
            }
            catch (ContentFormatException e)
            {
                throw context.Error(e.Field, e.Reason, e);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw context.Error(null, e.Message, e);
            }
        }
    }

    /// <summary>
    /// Checks what can be checked before anything runs, so an unknown step, feature or theme fails (all of them named)
    /// before the first step changes data; lenient: they are left out of the plan, each with a warning.
    /// </summary>
    public RecipePlan Validate(RecipeDescriptor recipe, bool lenient = false) => Compatibility.Plan(recipe, lenient);
}
