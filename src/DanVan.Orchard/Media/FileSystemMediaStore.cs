namespace DanVan.Orchard.Media;

/// <summary>Media under App_Data/Sites/&lt;tenant&gt;/Media. Writes go to a temporary file renamed into place.</summary>
public sealed class FileSystemMediaStore(AppDataPaths paths) : IMediaStore
{
    public Task<MediaFile?> GetFileAsync(string tenant, string path, CancellationToken cancellationToken)
    {
        var file = new FileInfo(Resolve(tenant, path));
        return Task.FromResult(file.Exists ? ToMediaFile(path, file) : null);
    }

    public Task<Stream?> OpenReadAsync(string tenant, string path, CancellationToken cancellationToken)
    {
        var full = Resolve(tenant, path);
        return Task.FromResult<Stream?>(File.Exists(full)
            ? new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, useAsync: true)
            : null);
    }

    public async Task WriteAsync(string tenant, string path, Stream content, CancellationToken cancellationToken)
    {
        var full = Resolve(tenant, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = $"{full}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                await content.CopyToAsync(output, cancellationToken);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    public async Task<bool> TryCreateAsync(string tenant, string path, Stream content, CancellationToken cancellationToken)
    {
        var full = Resolve(tenant, path);
        if (File.Exists(full) || Directory.Exists(full))
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);

        // The name is claimed with an exclusive create (O_EXCL), the one test-and-set the file system guarantees: of
        // parallel uploads of one name exactly one gets it. (A move "without overwrite" checks, then renames: a race.)
        try
        {
            await new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None).DisposeAsync();
        }
        catch (IOException) when (File.Exists(full) || Directory.Exists(full))
        {
            return false;
        }

        // The content goes to a temporary file renamed over the claim, so nobody reads a half-written file (only, for
        // the moment of the write, an empty one at a name nobody has been given yet).
        var temp = $"{full}.{Guid.NewGuid():N}.tmp";
        var created = false;
        try
        {
            await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                await content.CopyToAsync(output, cancellationToken);
            }

            File.Move(temp, full, overwrite: true);
            created = true;
            return true;
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }

            if (!created)
            {
                File.Delete(full);
            }
        }
    }

    public Task<bool> DeleteAsync(string tenant, string path, CancellationToken cancellationToken)
    {
        var full = Resolve(tenant, path);
        if (File.Exists(full))
        {
            File.Delete(full);
            return Task.FromResult(true);
        }

        if (Directory.Exists(full) && !Directory.EnumerateFileSystemEntries(full).Any())
        {
            Directory.Delete(full);
            return Task.FromResult(true);
        }

        return Task.FromResult(false);
    }

    public Task MoveAsync(string tenant, string from, string to, CancellationToken cancellationToken)
    {
        var source = Resolve(tenant, from);
        var target = Resolve(tenant, to);
        if (!File.Exists(source))
        {
            throw new FileNotFoundException("No such media file.", from);
        }

        if (File.Exists(target))
        {
            throw new IOException($"'{to}' already exists.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(source, target);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<MediaEntry>> ListAsync(string tenant, string folder, CancellationToken cancellationToken)
    {
        var full = Resolve(tenant, folder);
        if (!Directory.Exists(full))
        {
            return Task.FromResult<IReadOnlyList<MediaEntry>>([]);
        }

        var prefix = folder.Length == 0 ? string.Empty : folder + "/";
        var entries = new DirectoryInfo(full).EnumerateFileSystemInfos()
            .Where(i => !i.Name.StartsWith('.') && !i.Name.EndsWith(".tmp", StringComparison.Ordinal))
            .Select(i => i is FileInfo f
                ? new MediaEntry(prefix + f.Name, f.Name, false, f.Length, f.LastWriteTimeUtc)
                : new MediaEntry(prefix + i.Name, i.Name, true, 0, i.LastWriteTimeUtc))
            .OrderBy(e => !e.IsFolder).ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult<IReadOnlyList<MediaEntry>>(entries);
    }

    public Task DeleteTenantAsync(string tenant, CancellationToken cancellationToken)
    {
        var root = Root(tenant);
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        return Task.CompletedTask;
    }

    private string Root(string tenant) => Path.Combine(paths.TenantFolder(tenant), "Media");

    /// <summary>The full path, checked once more to be inside the tenant's media root whatever the path says.</summary>
    private string Resolve(string tenant, string path)
    {
        var root = Path.GetFullPath(Root(tenant));
        var full = Path.GetFullPath(Path.Combine(root, MediaPath.Normalize(path)));
        if (full != root && !full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new MediaPathException(path, "Đường dẫn nằm ngoài thư viện media của trang.");
        }

        return full;
    }

    private static MediaFile ToMediaFile(string path, FileInfo file) =>
        new(path, file.Length, file.LastWriteTimeUtc, $"\"{file.Length:x}-{file.LastWriteTimeUtc.Ticks:x}\"");
}
