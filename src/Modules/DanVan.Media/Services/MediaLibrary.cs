using DanVan.Orchard.Contents;
using DanVan.Orchard.Data;
using DanVan.Orchard.Media;
using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.Options;
using DanVan.Orchard.Text;

namespace DanVan.Media.Services;

/// <summary>The current tenant's media library: checked uploads, moves, deletes, alt text and captions, and usage.</summary>
public sealed class MediaLibrary(IMediaStore store, TenantContext tenant, DocumentStore documents, ContentManager contents, IOptions<MediaOptions> options)
{
    public const string VariantsFolder = "_variants";
    private const string MetadataDocument = "MediaMetadata";

    private string Tenant => tenant.Settings.Name;

    public Task<IReadOnlyList<MediaEntry>> ListAsync(string folder, CancellationToken cancellationToken) =>
        store.ListAsync(Tenant, Folder(folder), cancellationToken).ContinueWith(
            t => (IReadOnlyList<MediaEntry>)t.Result.Where(e => e.Path != VariantsFolder).ToList(), cancellationToken, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);

    /// <summary>Stores an upload under a safe, unique name in <paramref name="folder"/>; returns its media path.</summary>
    public async Task<string> UploadAsync(string folder, string fileName, Stream content, CancellationToken cancellationToken)
    {
        var target = Folder(folder);
        var limit = options.Value.MaxFileSize;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new MediaUploadException($"Tệp “{fileName}” lớn hơn giới hạn {limit / (1024 * 1024)} MB.");
            }

            buffer.Write(chunk, 0, read);
        }

        var kind = MediaFileKind.Sniff(buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, 16)))
            ?? throw new MediaUploadException($"Tệp “{fileName}” không phải ảnh (JPEG, PNG, GIF, WebP) hay tài liệu (PDF, Word, Excel); SVG, HTML và tệp chạy được không được nhận.");
        var name = MediaPath.SafeFileName(fileName);
        var extension = Path.GetExtension(name);
        if (extension.Length == 0)
        {
            name += kind.Extensions[0];
        }
        else if (!kind.Extensions.Contains(extension))
        {
            throw new MediaUploadException($"Tệp “{fileName}” có đuôi {extension} nhưng nội dung là {kind.Name}.");
        }

        var path = await UniqueAsync(MediaPath.Combine(target, name), cancellationToken);
        buffer.Position = 0;
        await store.WriteAsync(Tenant, path, buffer, cancellationToken);
        return path;
    }

    public async Task DeleteAsync(string path, CancellationToken cancellationToken)
    {
        var normalized = MediaPath.Normalize(path);
        await store.DeleteAsync(Tenant, normalized, cancellationToken);
        await ChangeMetadataAsync(all => all.Remove(normalized), cancellationToken);
    }

    public async Task<string> MoveAsync(string path, string newPath, CancellationToken cancellationToken)
    {
        var from = MediaPath.Normalize(path);
        var to = MediaPath.Normalize(newPath);
        if (to.Split('/')[0] == VariantsFolder)
        {
            throw new MediaUploadException("Thư mục “_variants” dành cho ảnh thu nhỏ của hệ thống.");
        }

        if (Path.GetExtension(from) != Path.GetExtension(to))
        {
            throw new MediaUploadException("Đổi tên không được đổi phần đuôi của tệp.");
        }

        if (await store.GetFileAsync(Tenant, to, cancellationToken) is not null)
        {
            throw new MediaUploadException($"Đã có tệp “{to}”.");
        }

        await store.MoveAsync(Tenant, from, to, cancellationToken);
        await ChangeMetadataAsync(all =>
        {
            if (all.Remove(from, out var info))
            {
                all[to] = info;
            }
        }, cancellationToken);
        return to;
    }

    public async Task<MediaInfo> GetInfoAsync(string path, CancellationToken cancellationToken) =>
        (await documents.GetAsync<Dictionary<string, MediaInfo>>(MetadataDocument, cancellationToken)).GetValueOrDefault(MediaPath.Normalize(path))
        ?? new MediaInfo(null, null);

    public Task SetInfoAsync(string path, MediaInfo info, CancellationToken cancellationToken)
    {
        var normalized = MediaPath.Normalize(path);
        var clean = new MediaInfo(Clean(info.Alt), Clean(info.Caption));
        return ChangeMetadataAsync(all => all[normalized] = clean, cancellationToken);
    }

    /// <summary>The content items (latest or published versions) that mention the file.</summary>
    public Task<IReadOnlyList<(string ContentItemId, string Title)>> UsageAsync(string path, CancellationToken cancellationToken) =>
        contents.FindMentioningAsync(MediaPath.Normalize(path), cancellationToken);

    private static string Folder(string folder)
    {
        var normalized = MediaPath.Normalize(folder);
        return normalized.Split('/')[0] == VariantsFolder
            ? throw new MediaUploadException("Thư mục “_variants” dành cho ảnh thu nhỏ của hệ thống.")
            : normalized;
    }

    private async Task<string> UniqueAsync(string path, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(path);
        var stem = path[..^extension.Length];
        var candidate = path;
        for (var n = 2; await store.GetFileAsync(Tenant, candidate, cancellationToken) is not null; n++)
        {
            candidate = $"{stem}-{n}{extension}";
        }

        return candidate;
    }

    private async Task ChangeMetadataAsync(Action<Dictionary<string, MediaInfo>> change, CancellationToken cancellationToken)
    {
        var copy = new Dictionary<string, MediaInfo>(await documents.GetAsync<Dictionary<string, MediaInfo>>(MetadataDocument, cancellationToken));
        change(copy);
        await documents.SaveAsync(MetadataDocument, copy, cancellationToken);
    }

    private static string? Clean(string? text)
    {
        var normalized = SafeText.Normalize(text ?? string.Empty).Trim();
        if (normalized.Length == 0)
        {
            return null;
        }

        return normalized.Length <= 500 ? normalized : normalized[..500];
    }
}
