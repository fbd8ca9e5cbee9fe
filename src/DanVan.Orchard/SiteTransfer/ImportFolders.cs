using Microsoft.Extensions.Logging;

namespace DanVan.Orchard.SiteTransfer;

/// <summary>
/// The folders an import unpacks its zip into (App_Data/imports/&lt;id&gt;). Each import deletes its own; a process
/// killed during one leaves it, so folders older than <see cref="StaleAfter"/> are swept when an import starts.
/// </summary>
internal static class ImportFolders
{
    /// <summary>Far longer than an import's unpacking takes (the folder's time is that of its last entry written).</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromHours(1);

    public static string Root(AppDataPaths paths) => Path.Combine(paths.Root, "imports");

    public static string New(AppDataPaths paths) => Path.Combine(Root(paths), Guid.NewGuid().ToString("N"));

    public static void SweepStale(AppDataPaths paths, DateTime nowUtc, ILogger logger)
    {
        var root = new DirectoryInfo(Root(paths));
        if (!root.Exists)
        {
            return;
        }

        foreach (var folder in root.EnumerateDirectories())
        {
            if (nowUtc - folder.LastWriteTimeUtc > StaleAfter)
            {
                SiteTransferLog.StaleImportSwept(logger, folder.FullName);
                Delete(folder.FullName, logger);
            }
        }
    }

    public static void Delete(string folder, ILogger logger)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException e)
        {
            SiteTransferLog.TemporaryFolderLeft(logger, e, folder);
        }
        catch (UnauthorizedAccessException e)
        {
            SiteTransferLog.TemporaryFolderLeft(logger, e, folder);
        }
    }
}
