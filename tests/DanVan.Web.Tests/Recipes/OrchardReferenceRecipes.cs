namespace DanVan.Web.Tests.Recipes;

/// <summary>
/// Orchard Core's own recipes, kept beside the checkout (<c>../shared/reference/orchard-recipes</c>) and read from there
/// at test time only: a test copies them into its own temporary recipes folder, never into the repository.
/// </summary>
public static class OrchardReferenceRecipes
{
    /// <summary>The folder, looked for from the repository upwards so a checkout in a subfolder finds it too; missing, the tests fail saying where they looked.</summary>
    public static string Folder { get; } = Find();

    /// <summary>Copies the named recipes into the site's recipes folder, with the snippet files Orchard's themes keep beside them (not in the reference copy).</summary>
    public static void AddTo(OrchardWebApplicationFactory site, params string[] files)
    {
        foreach (var file in files)
        {
            site.AddRecipe(file, File.ReadAllText(Path.Combine(Folder, file)));
        }

        Directory.CreateDirectory(Path.Combine(site.Recipes, "Snippets"));
        File.WriteAllText(Path.Combine(site.Recipes, "Snippets", "footer.html"), "<p>Chân trang của blog</p>");
    }

    private static string Find()
    {
        var tried = new List<string>();
        for (var folder = new DirectoryInfo(Path.GetDirectoryName(OrchardWebApplicationFactory.RepositoryFolder("x"))!); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "reference", "orchard-recipes");
            tried.Add(candidate);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        tried.Add("/work/shared/reference/orchard-recipes");
        return Directory.Exists(tried[^1])
            ? tried[^1]
            : throw new DirectoryNotFoundException("Orchard's reference recipes are missing; looked in " + string.Join(", ", tried));
    }
}
