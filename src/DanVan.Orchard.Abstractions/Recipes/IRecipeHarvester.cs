namespace DanVan.Orchard.Recipes;

/// <summary>The recipes shipped with the platform.</summary>
public interface IRecipeHarvester
{
    /// <summary>Every readable recipe.</summary>
    Task<IReadOnlyList<RecipeDescriptor>> GetAllAsync(CancellationToken cancellationToken);

    /// <summary>The files of the recipes folder that cannot be read, each with its reason; they block no other recipe.</summary>
    Task<IReadOnlyList<BrokenRecipe>> GetBrokenAsync(CancellationToken cancellationToken);

    /// <summary>Both lists from one reading of the folder (each file read and parsed once).</summary>
    async Task<RecipeFolder> ReadFolderAsync(CancellationToken cancellationToken) =>
        new(await GetAllAsync(cancellationToken), await GetBrokenAsync(cancellationToken));

    /// <summary>The recipe of that name, or null; throws <see cref="RecipeException"/> when its file cannot be read.</summary>
    Task<RecipeDescriptor?> FindAsync(string name, CancellationToken cancellationToken);
}
