using System.Reflection;

namespace DanVan.Orchard.Display;

/// <summary>The themes in this build.</summary>
public sealed class ThemeCatalog(IEnumerable<ThemeAttribute> themes)
{
    private readonly Dictionary<string, ThemeAttribute> _themes = themes.ToDictionary(t => t.Id, StringComparer.OrdinalIgnoreCase);

    public static ThemeCatalog FromAssemblies(IEnumerable<Assembly> assemblies) =>
        new(assemblies.Select(a => a.GetCustomAttribute<ThemeAttribute>()).OfType<ThemeAttribute>());

    public IEnumerable<ThemeAttribute> All => _themes.Values;

    public ThemeAttribute? Find(string id) => _themes.GetValueOrDefault(id);
}
