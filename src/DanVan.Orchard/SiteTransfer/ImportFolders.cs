using Microsoft.Extensions.Logging;

namespace DanVan.Orchard.SiteTransfer;

/// <summary>
/// The folders an import unpacks its zip into (App_Data/imports/&lt;id&gt;). Each import deletes its own; a process
/// killed during one leaves it, so folders older than <see cref="StaleAfter"/> are swept when an import starts —
/// unless an import still holds the folder's claim (a file locked while the import runs, released by the system when
/// the process dies): a long import's folder is not judged by its top folder's time, which deeper writes leave alone.
/// </summary>
internal static class ImportFolders
{
    /// <summary>Far longer than an import's unpacking takes (the folder's time is that of its last entry written).</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromHours(1);

    public static string Root(AppDataPaths paths) => Path.Combine(paths.Root, "imports");

    private const string ClaimFile = ".import-claim";

    public static string New(AppDataPaths paths) => Path.Combine(Root(paths), Guid.NewGuid().ToString("N"));

    /// <summary>Creates the folder and holds it until the returned handle is disposed.</summary>
    public static FileStream Claim(string folder)
    {
        Directory.CreateDirectory(folder);
        return new FileStream(Path.Combine(folder, ClaimFile), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
    }

    public static void SweepStale(AppDataPaths paths, DateTime nowUtc, ILogger logger)
    {
        var root = new DirectoryInfo(Root(paths));
        if (!root.Exists)
        {
            return;
        }

        foreach (var folder in root.EnumerateDirectories())
        {
            if (nowUtc - folder.LastWriteTimeUtc > StaleAfter && !IsClaimed(folder.FullName))
            {
                SiteTransferLog.StaleImportSwept(logger, folder.FullName);
                Delete(folder.FullName, logger);
            }
        }
    }

    private static bool IsClaimed(string folder)
    {
        try
        {
            new FileStream(Path.Combine(folder, ClaimFile), FileMode.Open, FileAccess.ReadWrite, FileShare.None).Dispose();
            return false;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
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
