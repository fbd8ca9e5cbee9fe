using System.Text.Json.Nodes;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Recipes;

/// <summary>Runs a recipe's steps in order against the tenant of the given scope.</summary>
public sealed class RecipeExecutor(IEnumerable<RecipeStepDescriptor> steps, IConfiguration configuration)
{
    private readonly Dictionary<string, RecipeStepDescriptor> _steps =
        steps.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);

    public async Task ExecuteAsync(
        RecipeDescriptor recipe,
        IReadOnlyDictionary<string, string?> parameters,
        IServiceProvider scopedServices,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? variables = null)
    {
        Validate(recipe);

        var script = new RecipeScript(parameters, key => configuration[key]);
        try
        {
            script.DefineVariables(recipe.Variables, variables);
        }
        catch (RecipeScriptException e)
        {
            throw new RecipeException(recipe.Name, null, null, e.Field, e.Message);
        }

        var features = scopedServices.GetRequiredService<FeatureGate>();
        var catalog = scopedServices.GetRequiredService<FeatureCatalog>();
        for (var index = 0; index < recipe.Steps.Count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var raw = recipe.Steps[index];
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

            var context = new RecipeStepContext(recipe, index, step, parameters);
            if (!await features.IsEnabledAsync(descriptor.HandlerType, cancellationToken))
            {
                throw context.Error(null, $"the step needs the feature '{catalog.FeatureOf(descriptor.HandlerType)}'; enable it in an earlier 'feature' step");
            }

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

    /// <summary>Checks what can be checked before anything runs, so an unknown step fails before the first step changes data.</summary>
    public void Validate(RecipeDescriptor recipe)
    {
        for (var index = 0; index < recipe.Steps.Count; index++)
        {
            var name = recipe.Steps[index]["name"]!.GetValue<string>();
            if (!_steps.ContainsKey(name))
            {
                throw new RecipeException(recipe.Name, index, name, "name",
                    $"unknown step '{name}'; known steps: {string.Join(", ", _steps.Keys.Order(StringComparer.OrdinalIgnoreCase))}");
            }
        }
    }
}
