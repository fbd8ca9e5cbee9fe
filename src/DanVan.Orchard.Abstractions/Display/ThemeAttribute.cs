namespace DanVan.Orchard.Display;

/// <summary>Declares that the assembly is a theme (a Razor class library with views and assets).</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class ThemeAttribute(string id, string name) : Attribute
{
    public string Id { get; } = id;

    public string Name { get; } = name;

    public bool IsAdminTheme { get; init; }
}
