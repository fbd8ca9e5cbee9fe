using Microsoft.AspNetCore.Hosting;

namespace DanVan.Orchard.Display;

/// <summary>
/// Theme files through the web root's file provider: a published site has them under wwwroot/_content, a build finds
/// them in the themes' own folders through the static web assets manifest (UseStaticWebAssets).
/// </summary>
internal sealed class ThemeFiles(ThemeCatalog catalog, IWebHostEnvironment environment) : IThemeFiles
{
    public IReadOnlyList<string> ThemeIds { get; } = catalog.All.Select(t => t.Id).Order(StringComparer.Ordinal).ToList();

    public Stream? Open(string themeId, string path)
    {
        if (catalog.Find(themeId) is null || path.Split('/').Any(s => s is "" or "." or ".."))
        {
            return null;
        }

        var file = environment.WebRootFileProvider.GetFileInfo($"{catalog.WebRootFolder(themeId)}/{path}");
        return file.Exists && !file.IsDirectory ? file.CreateReadStream() : null;
    }
}
