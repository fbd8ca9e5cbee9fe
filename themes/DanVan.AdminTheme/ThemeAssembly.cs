namespace DanVan.AdminTheme;

/// <summary>Names this assembly for the host's composition root.</summary>
public static class ThemeAssembly;
