namespace DanVan.Orchard.Recipes;

/// <summary>Runs one kind of recipe step; registered with <see cref="RecipeServiceCollectionExtensions.AddRecipeStep{T}"/>.</summary>
public interface IRecipeStepHandler
{
    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken);
}
