using System.Text.Json.Nodes;
using DanVan.Media.Services;
using DanVan.Orchard.Media;
using DanVan.Orchard.SiteTransfer;
using DanVan.Orchard.Tenancy;

namespace DanVan.Media.Export;

/// <summary>
/// Every file of the media library (not the system's resized variants, which are made again on demand) with its alt
/// text, caption and owner, as a <c>MediaLibrary</c> step; the files go into the zip under <c>media/</c>, streamed
/// from the store one at a time.
/// </summary>
public sealed class MediaExportSource(IMediaStore store, TenantContext tenant, MediaLibrary library) : ISiteExportSource
{
    public int Order => SiteExportOrder.Media;

    public async Task ExportAsync(SiteExportContext context, CancellationToken cancellationToken)
    {
        var tenantName = tenant.Settings.Name;
        var info = await library.GetAllInfoAsync(cancellationToken);
        var files = new JsonArray();
        var folders = new Queue<string>([string.Empty]);
        while (folders.TryDequeue(out var folder))
        {
            foreach (var entry in (await store.ListAsync(tenantName, folder, cancellationToken)).OrderBy(e => e.Path, StringComparer.Ordinal))
            {
                if (MediaLibrary.IsSystemPath(entry.Path))
                {
                    continue;
                }

                if (entry.IsFolder)
                {
                    folders.Enqueue(entry.Path);
                    continue;
                }

                var archivePath = "media/" + entry.Path;
                var known = info.GetValueOrDefault(entry.Path);
                files.Add(new JsonObject
                {
                    ["Path"] = entry.Path,
                    ["SourcePath"] = archivePath,
                    ["Alt"] = known?.Alt,
                    ["Caption"] = known?.Caption,
                    ["Owner"] = known?.Owner,
                });
                var path = entry.Path;
                context.AddFile(archivePath, ct => store.OpenReadAsync(tenantName, path, ct));
            }
        }

        await context.AddStepAsync(new JsonObject { ["name"] = "MediaLibrary", ["Files"] = files }, cancellationToken);
    }
}
