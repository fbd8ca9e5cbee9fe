using DanVan.Orchard.SiteTransfer;
using Microsoft.Extensions.Logging.Abstractions;

namespace DanVan.Orchard.Tests.SiteTransfer;

/// <summary>What an import unpacks is swept when a killed process left it, never while an import still runs.</summary>
public sealed class ImportFoldersTests : IDisposable
{
    private readonly AppDataPaths _paths = new(Path.Combine(Path.GetTempPath(), $"danvan-imports-{Guid.NewGuid():N}"));

    [Fact]
    public void A_folder_left_by_a_dead_import_is_swept_once_stale()
    {
        var folder = ImportFolders.New(_paths);
        ImportFolders.Claim(folder).Dispose();
        Directory.CreateDirectory(Path.Combine(folder, "media"));

        ImportFolders.SweepStale(_paths, DateTime.UtcNow, NullLogger.Instance);
        Assert.True(Directory.Exists(folder));

        ImportFolders.SweepStale(_paths, DateTime.UtcNow + ImportFolders.StaleAfter + TimeSpan.FromMinutes(1), NullLogger.Instance);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void A_folder_an_import_still_holds_is_never_swept_however_old_it_looks()
    {
        var folder = ImportFolders.New(_paths);
        using var claim = ImportFolders.Claim(folder);

        ImportFolders.SweepStale(_paths, DateTime.UtcNow + TimeSpan.FromDays(2), NullLogger.Instance);

        Assert.True(Directory.Exists(folder));
    }

    public void Dispose()
    {
        if (Directory.Exists(_paths.Root))
        {
            Directory.Delete(_paths.Root, recursive: true);
        }
    }
}
