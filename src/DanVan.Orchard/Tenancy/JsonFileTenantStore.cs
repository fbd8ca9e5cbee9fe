using System.Text.Json;
using System.Text.Json.Serialization;

namespace DanVan.Orchard.Tenancy;

/// <summary>
/// Keeps tenants in App_Data/tenants.json. Writes go to a temporary file that replaces the old one,
/// under an exclusive lock file, so the CLI and the running site never see or make a half-written list. A file that
/// cannot be read (edited by hand) is a <see cref="TenantStoreException"/> naming the file and the position.
/// </summary>
public sealed class JsonFileTenantStore : ITenantStore
{
    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly string _path;
    private readonly string _lockPath;

    public JsonFileTenantStore(AppDataPaths paths)
    {
        _path = Path.Combine(paths.Root, "tenants.json");
        _lockPath = _path + ".lock";
    }

    public async Task<IReadOnlyList<TenantSettings>> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(_path))
        {
            return [];
        }

        TenantsDocument? document;
        await using (var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            try
            {
                document = await JsonSerializer.DeserializeAsync<TenantsDocument>(stream, SerializerOptions, cancellationToken);
            }
            catch (JsonException e)
            {
                throw new TenantStoreException(Describe(e), e);
            }
        }

        // Valid JSON that is not a tenant list ("null", a null entry) would otherwise read as "no tenants", and the
        // next write would then replace every tenant with an empty list.
        if (document?.Tenants is not { } tenants)
        {
            throw new TenantStoreException($"{_path}: the tenant store holds no \"Tenants\" list; fix or restore the file.");
        }

        if (tenants.FindIndex(t => t is null) is var nullIndex and >= 0)
        {
            throw new TenantStoreException($"{_path}: Tenants[{nullIndex}] is null; fix or restore the file.");
        }

        return tenants;
    }

    /// <summary>One line: the file, the line and column (1-based) and what is wrong there, without the JSON path noise.</summary>
    private string Describe(JsonException e)
    {
        var position = e.LineNumber is { } line ? $":{line + 1}:{(e.BytePositionInLine ?? 0) + 1}" : string.Empty;
        var reason = e.Message;
        var cut = reason.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0)
        {
            reason = reason[..cut];
        }

        var where = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? string.Empty : $" (at {e.Path})";
        reason = reason.ReplaceLineEndings(" ").Trim();
        return $"{_path}{position}: the tenant store is not valid: {reason}{where}; fix or restore the file.";
    }

    public async Task<T> UpdateAsync<T>(Func<List<TenantSettings>, T> change, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        await using var fileLock = await AcquireLockAsync(cancellationToken);

        var tenants = (await LoadAsync(cancellationToken)).ToList();
        var result = change(tenants);
        DeleteOrphanedTemporaryFiles();

        // Durable and atomic: the new list is flushed to the disk before the rename makes it the store, so a crash
        // (or kill -9) leaves either the old file or the new one, never a truncated one.
        var temp = $"{_path}.{Guid.NewGuid():N}.tmp";
        await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            await JsonSerializer.SerializeAsync(stream, new TenantsDocument { Tenants = tenants }, SerializerOptions, cancellationToken);
            await stream.FlushAsync(cancellationToken);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, _path, overwrite: true);
        return result;
    }

    public Task<string> GetVersionAsync(CancellationToken cancellationToken)
    {
        var info = new FileInfo(_path);
        return Task.FromResult(info.Exists ? $"{info.LastWriteTimeUtc.Ticks}:{info.Length}" : "none");
    }

    /// <summary>
    /// Temporary files are only made under the lock, so one found while holding it was left by a writer that was
    /// killed between writing and renaming.
    /// </summary>
    private void DeleteOrphanedTemporaryFiles()
    {
        foreach (var orphan in Directory.EnumerateFiles(Path.GetDirectoryName(_path)!, Path.GetFileName(_path) + ".*.tmp"))
        {
            File.Delete(orphan);
        }
    }

    private async Task<FileStream> AcquireLockAsync(CancellationToken cancellationToken)
    {
        // Another process (the CLI, a second site process) may hold the lock for a few milliseconds.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                return new FileStream(_lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(20, cancellationToken);
            }
        }
    }

    private sealed class TenantsDocument
    {
        public List<TenantSettings>? Tenants { get; set; }
    }
}
