namespace DanVan.Orchard.Display;

/// <summary>
/// The files the themes of this build ship in their wwwroot, for a recipe that takes a picture from a theme (Orchard's
/// theme recipes: <c>"SourcePath": "../wwwroot/img/…"</c>).
/// </summary>
public interface IThemeFiles
{
    /// <summary>The ids of the themes, in a stable order.</summary>
    IReadOnlyList<string> ThemeIds { get; }

    /// <summary>
    /// Opens the file at <paramref name="path"/> ('/'-separated, relative to the theme's wwwroot, already free of
    /// <c>..</c>) of the theme <paramref name="themeId"/>, or returns null when the theme or the file is not there.
    /// </summary>
    Stream? Open(string themeId, string path);
}
