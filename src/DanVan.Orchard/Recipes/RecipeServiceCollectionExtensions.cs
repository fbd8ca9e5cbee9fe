using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Recipes;

public static class RecipeServiceCollectionExtensions
{
    /// <summary>Adds a recipe step; the handler is scoped (it works on the tenant of the recipe's scope).</summary>
    public static IServiceCollection AddRecipeStep<THandler>(this IServiceCollection services, string stepName, string? feature = null)
        where THandler : class, IRecipeStepHandler
    {
        services.AddScoped<THandler>();
        services.AddSingleton(new RecipeStepDescriptor(stepName, feature, typeof(THandler)));
        return services;
    }
}
