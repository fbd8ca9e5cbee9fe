namespace DanVan.Orchard.SiteTransfer;

/// <summary>
/// Exports a tenant as one zip: <c>recipe.json</c> (a recipe of this platform's steps: features, themes, settings, content
/// definition, roles, users, media, content with its versions, menu) and the media files under <c>media/</c>. Importing
/// it is running that recipe on a new tenant (<see cref="ISiteImporter"/>).
/// </summary>
public interface ISiteExporter
{
    /// <summary>Writes the zip to <paramref name="output"/> as it goes (a response body, a file): nothing is held whole in memory.</summary>
    Task ExportAsync(string tenantName, Stream output, SiteExportOptions options, CancellationToken cancellationToken);
}

/// <param name="IncludePasswordHashes">Keep the users' password hashes (only when asked: the zip then holds secrets).</param>
public sealed record SiteExportOptions(bool IncludePasswordHashes = false);

public static class SiteExportFiles
{
    /// <summary>An export's file name: <c>HoaAn-20261130-1015.zip</c> (the time in UTC), sorting by date in a backup folder.</summary>
    public static string FileName(string tenantName, DateTime utcNow) => $"{tenantName}-{utcNow:yyyyMMdd-HHmm}.zip";
}
