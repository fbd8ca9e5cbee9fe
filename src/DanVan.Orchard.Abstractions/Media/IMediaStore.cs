namespace DanVan.Orchard.Media;

/// <summary>
/// Where a tenant's media files live: the file system under App_Data (default) or Azure Blob Storage. Paths are media
/// paths already checked by <see cref="MediaPath.Normalize"/>; every call names the tenant, and an implementation
/// never reaches outside that tenant's root, container or prefix.
/// </summary>
public interface IMediaStore
{
    Task<MediaFile?> GetFileAsync(string tenant, string path, CancellationToken cancellationToken);

    /// <summary>A seekable stream of the file (for range requests), or null when there is no such file.</summary>
    Task<Stream?> OpenReadAsync(string tenant, string path, CancellationToken cancellationToken);

    /// <summary>Writes the whole file or nothing: readers never see a half-written file.</summary>
    Task WriteAsync(string tenant, string path, Stream content, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the whole file only if nothing is at <paramref name="path"/>, decided atomically by the store (two callers
    /// racing for one name: one gets true, the other false and nothing of its content is kept). Uploads use it to pick
    /// unique names without overwriting each other.
    /// </summary>
    Task<bool> TryCreateAsync(string tenant, string path, Stream content, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(string tenant, string path, CancellationToken cancellationToken);

    Task MoveAsync(string tenant, string from, string to, CancellationToken cancellationToken);

    Task<IReadOnlyList<MediaEntry>> ListAsync(string tenant, string folder, CancellationToken cancellationToken);

    /// <summary>Removes every file of the tenant (the tenant is being removed).</summary>
    Task DeleteTenantAsync(string tenant, CancellationToken cancellationToken);
}
