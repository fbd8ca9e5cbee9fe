using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Recipes;

public static class RecipeServiceCollectionExtensions
{
    /// <summary>
    /// Adds a recipe step; the handler is scoped (it works on the tenant of the recipe's scope). It runs only in a
    /// tenant where its module's feature is on.
    /// </summary>
    public static IServiceCollection AddRecipeStep<THandler>(this IServiceCollection services, string stepName)
        where THandler : class, IRecipeStepHandler
    {
        services.AddScoped<THandler>();
        services.AddSingleton(new RecipeStepDescriptor(stepName, typeof(THandler)));
        return services;
    }
}
