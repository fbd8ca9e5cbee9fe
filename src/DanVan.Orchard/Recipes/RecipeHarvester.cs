using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Orchard.Recipes;

/// <summary>Finds the recipes shipped in the recipes folder (<c>*.recipe.json</c>).</summary>
public sealed class RecipeHarvester(IOptions<OrchardOptions> options, IHostEnvironment environment, ILogger<RecipeHarvester> logger) : IRecipeHarvester
{
    private readonly Lazy<string?> _folder = new(() => FindFolder(options.Value.RecipesPath, environment.ContentRootPath));

    public string? Folder => _folder.Value;

    /// <summary>
    /// Every readable recipe. A file that cannot be read is left out (and logged): one broken file dropped into the
    /// folder must not stop every other tenant's setup; asking for it by name gives its error.
    /// </summary>
    public async Task<IReadOnlyList<RecipeDescriptor>> GetAllAsync(CancellationToken cancellationToken) =>
        (await ReadFolderAsync(cancellationToken)).Recipes;

    public async Task<IReadOnlyList<BrokenRecipe>> GetBrokenAsync(CancellationToken cancellationToken) =>
        (await ReadFolderAsync(cancellationToken)).Broken;

    /// <summary>
    /// Every file read and parsed once. The reasons are shown on the setup page to visitors before anyone signed in:
    /// a recipe's own error (it names the file, a line and position, a step) is shown, a system error only as "cannot
    /// be read" (its message has the server's paths); the full error is logged.
    /// </summary>
    public async Task<RecipeFolder> ReadFolderAsync(CancellationToken cancellationToken)
    {
        var recipes = new List<RecipeDescriptor>();
        var broken = new List<BrokenRecipe>();
        foreach (var file in Files())
        {
            try
            {
                recipes.Add(await ReadAsync(file, cancellationToken));
            }
            catch (RecipeException e)
            {
                RecipeLog.RecipeLeftOut(logger, file, e.Message);
                broken.Add(new BrokenRecipe(Path.GetFileName(file), WithoutFolder(e.Message)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                RecipeLog.RecipeLeftOut(logger, file, e.Message);
                broken.Add(new BrokenRecipe(Path.GetFileName(file), "không đọc được tệp (tệp hỏng, không có quyền đọc hoặc liên kết tới tệp không còn)"));
            }
        }

        return new RecipeFolder(recipes, broken);
    }

    private string WithoutFolder(string message) =>
        Folder is null ? message : message.Replace(Folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal).Replace(Folder, string.Empty, StringComparison.Ordinal);

    /// <summary>The recipe of that name; when its file (<c>name.recipe.json</c>) cannot be read, that file's error.</summary>
    public async Task<RecipeDescriptor?> FindAsync(string name, CancellationToken cancellationToken)
    {
        var own = Files().FirstOrDefault(f => string.Equals(Path.GetFileName(f), name + ".recipe.json", StringComparison.OrdinalIgnoreCase));
        if (own is not null && await ReadAsync(own, cancellationToken) is { } recipe && string.Equals(recipe.Name, name, StringComparison.OrdinalIgnoreCase))
        {
            return recipe;
        }

        return (await GetAllAsync(cancellationToken)).FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    private IEnumerable<string> Files() =>
        Folder is null ? [] : Directory.EnumerateFiles(Folder, "*.recipe.json").Order(StringComparer.Ordinal);

    private static async Task<RecipeDescriptor> ReadAsync(string file, CancellationToken cancellationToken) =>
        RecipeReader.Parse(await File.ReadAllTextAsync(file, cancellationToken), Path.GetFileName(file), file);

    private static string? FindFolder(string configured, string contentRoot)
    {
        if (Path.IsPathRooted(configured))
        {
            return Directory.Exists(configured) ? configured : null;
        }

        // The recipes folder sits at the repository root in development and beside the binaries when published.
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, configured);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        var besideBinaries = Path.Combine(AppContext.BaseDirectory, configured);
        return Directory.Exists(besideBinaries) ? besideBinaries : null;
    }
}
