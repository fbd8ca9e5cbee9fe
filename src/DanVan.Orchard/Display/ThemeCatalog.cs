using System.Reflection;

namespace DanVan.Orchard.Display;

/// <summary>The themes in this build.</summary>
public sealed class ThemeCatalog(IEnumerable<ThemeAttribute> themes, IReadOnlyDictionary<string, string>? assemblyNames = null)
{
    private readonly Dictionary<string, ThemeAttribute> _themes = themes.ToDictionary(t => t.Id, StringComparer.OrdinalIgnoreCase);

    public static ThemeCatalog FromAssemblies(IEnumerable<Assembly> assemblies)
    {
        var themes = assemblies.Select(a => (Assembly: a, Theme: a.GetCustomAttribute<ThemeAttribute>())).Where(t => t.Theme is not null).ToList();
        return new(themes.Select(t => t.Theme!), themes.ToDictionary(t => t.Theme!.Id, t => t.Assembly.GetName().Name!, StringComparer.OrdinalIgnoreCase));
    }

    public IEnumerable<ThemeAttribute> All => _themes.Values;

    public ThemeAttribute? Find(string id) => _themes.GetValueOrDefault(id);

    /// <summary>Where the theme's wwwroot is in the web root (a Razor class library's assets: <c>_content/&lt;assembly&gt;</c>).</summary>
    public string WebRootFolder(string id) => $"_content/{assemblyNames?.GetValueOrDefault(id) ?? id}";
}
