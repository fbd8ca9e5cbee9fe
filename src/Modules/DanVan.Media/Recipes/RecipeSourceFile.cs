using DanVan.Orchard.Display;

namespace DanVan.Media.Recipes;

/// <summary>
/// Finds a media step's <c>SourcePath</c>: beside the recipe first, then in a theme's wwwroot — Orchard's theme recipes
/// say <c>../wwwroot/img/a.jpg</c> (from the theme's Recipes folder) or <c>../TheBlogTheme/wwwroot/img/a.jpg</c>; a plain
/// <c>img/a.jpg</c> not beside the recipe is looked for in every theme's wwwroot. Nothing else is reachable: a path
/// that would leave those folders is refused, never opened.
/// </summary>
public sealed class RecipeSourceFile(IThemeFiles themes)
{
    /// <summary>The file's stream, or null when it is in none of the places; throws <see cref="ArgumentException"/> for a path leading elsewhere.</summary>
    public Stream? Open(string? recipeFolder, string source)
    {
        if (Path.IsPathRooted(source) || source.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{source}' is an absolute path; a source is beside the recipe or in a theme's wwwroot");
        }

        if (recipeFolder is not null)
        {
            var root = Path.GetFullPath(recipeFolder) + Path.DirectorySeparatorChar;
            var full = Path.GetFullPath(Path.Combine(root, source));
            if (full.StartsWith(root, StringComparison.Ordinal) && File.Exists(full))
            {
                return File.OpenRead(full);
            }
        }

        var (theme, path) = InTheme(source);
        foreach (var id in theme is null ? themes.ThemeIds : [theme])
        {
            if (themes.Open(id, path) is { } stream)
            {
                return stream.CanSeek ? stream : Buffered(stream);
            }
        }

        return null;
    }

    /// <summary>The step reads an image's header and starts again: a provider's stream that cannot seek is read once into memory.</summary>
    private static MemoryStream Buffered(Stream stream)
    {
        using (stream)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            return copy;
        }
    }

    /// <summary>The theme named (null: any) and the path inside its wwwroot.</summary>
    private static (string? Theme, string Path) InTheme(string source)
    {
        var segments = source.Split('/', '\\');
        var up = 0;
        while (up < segments.Length && segments[up] == "..")
        {
            up++;
        }

        var rest = segments[up..];
        (string? Theme, string[] Path) found = rest switch
        {
            [var w, .. var tail] when IsWwwroot(w) => (null, tail),
            [var theme, var w, .. var tail] when IsWwwroot(w) && up > 0 => (theme, tail),
            _ when up == 0 => (null, rest),
            _ => throw new ArgumentException($"'{source}' leads out of the recipe's folder and is not in a theme's wwwroot"),
        };

        if (found.Path.Length == 0 || found.Path.Any(s => s is "" or "." or ".."))
        {
            throw new ArgumentException($"'{source}' leads out of the recipe's folder and is not in a theme's wwwroot");
        }

        return (found.Theme, string.Join('/', found.Path));
    }

    private static bool IsWwwroot(string segment) => segment.Equals("wwwroot", StringComparison.OrdinalIgnoreCase);
}
