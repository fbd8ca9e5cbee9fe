using System.Text.Json.Nodes;

namespace DanVan.Orchard.SiteTransfer;

/// <summary>
/// What an <see cref="ISiteExportSource"/> writes to: steps go into the recipe at once (a source may give many small
/// steps instead of one large one, so nothing waits in memory), files are listed now and copied into the zip after the
/// recipe, one at a time from their store.
/// </summary>
public sealed class SiteExportContext(string tenantName, bool includePasswordHashes, Func<JsonObject, CancellationToken, Task> writeStep)
{
    private readonly List<SiteExportFile> _files = [];

    public string TenantName { get; } = tenantName;

    /// <summary>Whether users keep their password hashes (asked for explicitly; by default they must set a new password).</summary>
    public bool IncludePasswordHashes { get; } = includePasswordHashes;

    public IReadOnlyList<SiteExportFile> Files => _files;

    /// <summary>Writes a recipe step (its <c>name</c> included) to the export now.</summary>
    public Task AddStepAsync(JsonObject step, CancellationToken cancellationToken) => writeStep(step, cancellationToken);

    /// <summary>Adds a file to the zip at <paramref name="archivePath"/> (e.g. <c>media/anh/a.jpg</c>), opened when it is copied.</summary>
    public void AddFile(string archivePath, Func<CancellationToken, Task<Stream?>> open) => _files.Add(new SiteExportFile(archivePath, open));
}

/// <summary>A file of an export: where it goes in the zip, and how to open it.</summary>
public sealed record SiteExportFile(string ArchivePath, Func<CancellationToken, Task<Stream?>> Open);
