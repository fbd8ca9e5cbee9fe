using System.Collections.Concurrent;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using DanVan.Orchard.Media;
using Microsoft.Extensions.Options;

namespace DanVan.Media.Azure;

/// <summary>
/// Media in Azure Blob Storage: a container per tenant (<c>danvan-hoaan</c>) or one container with a folder per tenant.
/// Every blob name is built from the tenant and a checked media path, so no path reaches another tenant's blobs.
/// </summary>
public sealed class AzureBlobMediaStore : IMediaStore
{
    private readonly AzureBlobMediaOptions _options;
    private readonly BlobServiceClient _service;
    private readonly ConcurrentDictionary<string, Task> _created = new(StringComparer.Ordinal);

    public AzureBlobMediaStore(IOptions<AzureBlobMediaOptions> options)
    {
        _options = options.Value;
        _service = new BlobServiceClient(_options.ConnectionString ?? throw new InvalidOperationException($"{AzureBlobMediaOptions.SectionName}:ConnectionString is not set."),
            new BlobClientOptions { Retry = { MaxRetries = 1, NetworkTimeout = TimeSpan.FromSeconds(10) } });
    }

    public Task<MediaFile?> GetFileAsync(string tenant, string path, CancellationToken cancellationToken) => Guard(() => GetFileCoreAsync(tenant, path, cancellationToken));

    public Task<Stream?> OpenReadAsync(string tenant, string path, CancellationToken cancellationToken) => Guard(() => OpenReadCoreAsync(tenant, path, cancellationToken));

    public Task WriteAsync(string tenant, string path, Stream content, CancellationToken cancellationToken) => Guard(async () => { await WriteCoreAsync(tenant, path, content, cancellationToken); return true; });

    public Task<bool> TryCreateAsync(string tenant, string path, Stream content, CancellationToken cancellationToken) => Guard(() => TryCreateCoreAsync(tenant, path, content, cancellationToken));

    public Task<bool> DeleteAsync(string tenant, string path, CancellationToken cancellationToken) => Guard(() => DeleteCoreAsync(tenant, path, cancellationToken));

    public Task MoveAsync(string tenant, string from, string to, CancellationToken cancellationToken) => Guard(async () => { await MoveCoreAsync(tenant, from, to, cancellationToken); return true; });

    public Task<IReadOnlyList<MediaEntry>> ListAsync(string tenant, string folder, CancellationToken cancellationToken) => Guard(() => ListCoreAsync(tenant, folder, cancellationToken));

    public Task DeleteTenantAsync(string tenant, CancellationToken cancellationToken) => Guard(async () => { await DeleteTenantCoreAsync(tenant, cancellationToken); return true; });

    /// <summary>
    /// Whether the service answers for the portal's container (its properties; a missing container is an answer too):
    /// with this store's client, and needing only rights on that container, not on the account.
    /// </summary>
    public async Task ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Container(DanVan.Orchard.Tenancy.TenantSettings.DefaultTenantName).GetPropertiesAsync(cancellationToken: cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Not created yet (nothing uploaded to the portal): the service answered.
        }
    }

    /// <summary>An unreachable service (connection refused, timeouts, 5xx after the retry) becomes one exception the web layer maps to 503.</summary>
    private static async Task<T> Guard<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (RequestFailedException e) when (e.Status is 0 or >= 500)
        {
            throw new MediaStoreUnavailableException(e);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is RequestFailedException { Status: 0 or >= 500 }))
        {
            throw new MediaStoreUnavailableException(e);
        }
    }

    private async Task<MediaFile?> GetFileCoreAsync(string tenant, string path, CancellationToken cancellationToken)
    {
        try
        {
            var properties = (await Blob(tenant, path).GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
            return new MediaFile(path, properties.ContentLength, properties.LastModified, properties.ETag.ToString("H"));
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private async Task<Stream?> OpenReadCoreAsync(string tenant, string path, CancellationToken cancellationToken)
    {
        try
        {
            return await Blob(tenant, path).OpenReadAsync(new BlobOpenReadOptions(allowModifications: false), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private async Task WriteCoreAsync(string tenant, string path, Stream content, CancellationToken cancellationToken)
    {
        var blob = Blob(tenant, path);
        await EnsureContainerAsync(tenant, cancellationToken);

        // A block blob is committed whole: readers see the old file or the new one, never a part.
        await blob.UploadAsync(content, overwrite: true, cancellationToken);
    }

    private async Task<bool> TryCreateCoreAsync(string tenant, string path, Stream content, CancellationToken cancellationToken)
    {
        var blob = Blob(tenant, path);
        await EnsureContainerAsync(tenant, cancellationToken);
        try
        {
            // If-None-Match: * makes the service refuse (409) when the blob exists, also when another node wrote it a moment ago.
            await blob.UploadAsync(content, new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    private async Task<bool> DeleteCoreAsync(string tenant, string path, CancellationToken cancellationToken)
    {
        try
        {
            return (await Blob(tenant, path).DeleteIfExistsAsync(cancellationToken: cancellationToken)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }

    private async Task MoveCoreAsync(string tenant, string from, string to, CancellationToken cancellationToken)
    {
        var target = Blob(tenant, to);
        if (await target.ExistsAsync(cancellationToken))
        {
            throw new IOException($"'{to}' already exists.");
        }

        await using (var source = await OpenReadCoreAsync(tenant, from, cancellationToken) ?? throw new FileNotFoundException("No such media file.", from))
        {
            await target.UploadAsync(source, overwrite: false, cancellationToken);
        }

        await Blob(tenant, from).DeleteIfExistsAsync(cancellationToken: cancellationToken);
    }

    private async Task<IReadOnlyList<MediaEntry>> ListCoreAsync(string tenant, string folder, CancellationToken cancellationToken)
    {
        var container = Container(tenant);
        var basePath = BasePath(tenant);
        var normalized = MediaPath.Normalize(folder);
        var prefix = basePath + (normalized.Length == 0 ? string.Empty : normalized + "/");
        var entries = new List<MediaEntry>();
        try
        {
            await foreach (var item in container.GetBlobsByHierarchyAsync(BlobTraits.None, BlobStates.None, "/", prefix, cancellationToken))
            {
                var relative = (item.IsPrefix ? item.Prefix.TrimEnd('/') : item.Blob.Name)[basePath.Length..];
                var name = relative[(relative.LastIndexOf('/') + 1)..];
                entries.Add(item.IsPrefix
                    ? new MediaEntry(relative, name, true, 0, DateTimeOffset.MinValue)
                    : new MediaEntry(relative, name, false, item.Blob.Properties.ContentLength ?? 0, item.Blob.Properties.LastModified ?? DateTimeOffset.MinValue));
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return [];
        }

        return entries.OrderBy(e => !e.IsFolder).ThenBy(e => e.Name, StringComparer.Ordinal).ToList();
    }

    private async Task DeleteTenantCoreAsync(string tenant, CancellationToken cancellationToken)
    {
        if (!_options.RemoveWithTenant)
        {
            return;
        }

        var container = Container(tenant);
        if (_options.ContainerName.Contains("{tenant}", StringComparison.Ordinal))
        {
            await container.DeleteIfExistsAsync(cancellationToken: cancellationToken);
            _created.TryRemove(container.Name, out _);
            return;
        }

        await foreach (var blob in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, BasePath(tenant), cancellationToken))
        {
            await container.DeleteBlobIfExistsAsync(blob.Name, cancellationToken: cancellationToken);
        }
    }

    private Task EnsureContainerAsync(string tenant, CancellationToken cancellationToken)
    {
        var container = Container(tenant);
        var task = _created.GetOrAdd(container.Name, _ => container.CreateIfNotExistsAsync(cancellationToken: cancellationToken));
        if (task.IsFaulted || task.IsCanceled)
        {
            _created.TryRemove(new KeyValuePair<string, Task>(container.Name, task));
        }

        return task;
    }

    private BlobClient Blob(string tenant, string path) => Container(tenant).GetBlobClient(BasePath(tenant) + MediaPath.Normalize(path));

    private BlobContainerClient Container(string tenant) => _service.GetBlobContainerClient(Template(_options.ContainerName, tenant).ToLowerInvariant());

    private string BasePath(string tenant)
    {
        var basePath = Template(_options.BasePath, tenant).Trim('/');
        return basePath.Length == 0 ? string.Empty : basePath + "/";
    }

    // Container names allow a-z, 0-9 and '-': tenant names may have '_'.
    private static string Template(string template, string tenant) => template.Replace("{tenant}", tenant.Replace('_', '-'), StringComparison.Ordinal);
}
