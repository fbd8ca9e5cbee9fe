using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DanVan.Orchard.Recipes;

/// <summary>Finds the recipes shipped in the recipes folder (<c>*.recipe.json</c>).</summary>
public sealed class RecipeHarvester(IOptions<OrchardOptions> options, IHostEnvironment environment)
{
    private readonly Lazy<string?> _folder = new(() => FindFolder(options.Value.RecipesPath, environment.ContentRootPath));

    public string? Folder => _folder.Value;

    public async Task<IReadOnlyList<RecipeDescriptor>> GetAllAsync(CancellationToken cancellationToken)
    {
        if (Folder is null)
        {
            return [];
        }

        var recipes = new List<RecipeDescriptor>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.recipe.json").Order(StringComparer.Ordinal))
        {
            recipes.Add(RecipeReader.Parse(await File.ReadAllTextAsync(file, cancellationToken), Path.GetFileName(file), file));
        }

        return recipes;
    }

    public async Task<RecipeDescriptor?> FindAsync(string name, CancellationToken cancellationToken) =>
        (await GetAllAsync(cancellationToken)).FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));

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
