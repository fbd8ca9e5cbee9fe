using System.Text.Json;
using System.Text.Json.Serialization;

namespace DanVan.Orchard.Tenancy;

/// <summary>
/// Keeps tenants in App_Data/tenants.json. Writes go to a temporary file that replaces the old one,
/// under an exclusive lock file, so the CLI and the running site never see or make a half-written list.
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

        await using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var document = await JsonSerializer.DeserializeAsync<TenantsDocument>(stream, SerializerOptions, cancellationToken);
        return document?.Tenants ?? [];
    }

    public async Task<T> UpdateAsync<T>(Func<List<TenantSettings>, T> change, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        await using var fileLock = await AcquireLockAsync(cancellationToken);

        var tenants = (await LoadAsync(cancellationToken)).ToList();
        var result = change(tenants);

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
        public List<TenantSettings> Tenants { get; set; } = [];
    }
}
