using DanVan.Orchard.Contents;
using DanVan.Orchard.Data;
using DanVan.Orchard.Media;
using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.Options;
using DanVan.Orchard.Text;

namespace DanVan.Media.Services;

/// <summary>
/// The current tenant's media library: checked uploads (with their uploader as owner), moves, deletes, alt text and
/// captions, and usage. The <c>_variants</c> folder of resized images belongs to the system: it is never listed, and
/// nothing is uploaded, moved, relabelled or deleted there through the library.
/// </summary>
public sealed class MediaLibrary(
    IMediaStore store, TenantContext tenant, IDocumentStore documents, IContentManager contents, IOptions<MediaOptions> options, MediaMetadataGate gate)
{
    public const string VariantsFolder = "_variants";
    public const string VariantsRefusal = "Thư mục “_variants” chứa ảnh thu nhỏ do hệ thống tạo, không xem hay sửa được trong thư viện.";
    private const string MetadataDocument = "MediaMetadata";
    private const int MaxNameAttempts = 1000;

    private string Tenant => tenant.Settings.Name;

    /// <summary>Whether a normalized media path is in the system's <c>_variants</c> folder (or is that folder).</summary>
    public static bool IsSystemPath(string normalized) => normalized.Split('/')[0] == VariantsFolder;

    public async Task<IReadOnlyList<MediaEntry>> ListAsync(string folder, CancellationToken cancellationToken)
    {
        // A plain await: a store outage surfaces as MediaStoreUnavailableException (503), not as a cancellation.
        var entries = await store.ListAsync(Tenant, Folder(folder), cancellationToken);
        return entries.Where(e => !IsSystemPath(e.Path)).ToList();
    }

    /// <summary>
    /// Stores an upload under a safe, unique name in <paramref name="folder"/> and records <paramref name="owner"/> (a
    /// user id) as its owner; returns its media path. Images are judged by the size their header declares first.
    /// </summary>
    public async Task<string> UploadAsync(string folder, string fileName, Stream content, string? owner, CancellationToken cancellationToken)
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

        if (kind.IsImage)
        {
            buffer.Position = 0;
            var size = ImageLimits.ReadSize(buffer) ?? throw new MediaUploadException(ImageLimits.Unreadable(fileName));
            if (ImageLimits.Refusal(options.Value, size, fileName) is { } refusal)
            {
                throw new MediaUploadException(refusal);
            }
        }

        var path = await CreateUniqueAsync(MediaPath.Combine(target, name), buffer, cancellationToken);
        if (owner is not null)
        {
            await ChangeMetadataAsync(all => all[path] = new MediaInfo(null, null, owner), cancellationToken);
        }

        return path;
    }

    public async Task DeleteAsync(string path, CancellationToken cancellationToken)
    {
        var normalized = NotSystem(MediaPath.Normalize(path));
        await store.DeleteAsync(Tenant, normalized, cancellationToken);
        await DeleteVariantsAsync(normalized, cancellationToken);
        await ChangeMetadataAsync(all => all.Remove(normalized), cancellationToken);
    }

    /// <summary>
    /// The resized copies of a file go with it: a later file of the same name (a move keeps the old modification
    /// time) would otherwise be served with the old picture's variants.
    /// </summary>
    private async Task DeleteVariantsAsync(string normalized, CancellationToken cancellationToken)
    {
        foreach (var width in options.Value.AllowedWidths)
        {
            await store.DeleteAsync(Tenant, $"{VariantsFolder}/w{width}/{normalized}", cancellationToken);
        }
    }

    public async Task<string> MoveAsync(string path, string newPath, CancellationToken cancellationToken)
    {
        var from = NotSystem(MediaPath.Normalize(path));
        var to = NotSystem(MediaPath.Normalize(newPath));

        if (Path.GetExtension(from) != Path.GetExtension(to))
        {
            throw new MediaUploadException("Đổi tên không được đổi phần đuôi của tệp.");
        }

        if (await store.GetFileAsync(Tenant, to, cancellationToken) is not null)
        {
            throw new MediaUploadException($"Đã có tệp “{to}”.");
        }

        await DeleteVariantsAsync(to, cancellationToken);
        await store.MoveAsync(Tenant, from, to, cancellationToken);
        await DeleteVariantsAsync(from, cancellationToken);
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

    /// <summary>Every file's alt text, caption and owner, by media path (an export).</summary>
    public async Task<IReadOnlyDictionary<string, MediaInfo>> GetAllInfoAsync(CancellationToken cancellationToken) =>
        await documents.GetAsync<Dictionary<string, MediaInfo>>(MetadataDocument, cancellationToken);

    /// <summary>Records what an import brought (alt text, caption, owner) for its files, over what they had.</summary>
    public Task AddInfoAsync(IReadOnlyDictionary<string, MediaInfo> info, CancellationToken cancellationToken) =>
        info.Count == 0 ? Task.CompletedTask : ChangeMetadataAsync(all =>
        {
            foreach (var (path, value) in info)
            {
                all[path] = value;
            }
        }, cancellationToken);

    /// <summary>Changes the alt text and caption; the owner stays who it was.</summary>
    public Task SetInfoAsync(string path, string? alt, string? caption, CancellationToken cancellationToken)
    {
        var normalized = NotSystem(MediaPath.Normalize(path));
        return ChangeMetadataAsync(
            all => all[normalized] = (all.GetValueOrDefault(normalized) ?? new MediaInfo(null, null)) with { Alt = Clean(alt), Caption = Clean(caption) },
            cancellationToken);
    }

    /// <summary>The content items (latest or published versions) that mention the file.</summary>
    public Task<IReadOnlyList<(string ContentItemId, string Title)>> UsageAsync(string path, CancellationToken cancellationToken) =>
        contents.FindMentioningAsync(MediaPath.Normalize(path), cancellationToken);

    private static string Folder(string folder) => NotSystem(MediaPath.Normalize(folder));

    private static string NotSystem(string normalized) =>
        IsSystemPath(normalized) ? throw new MediaUploadException(VariantsRefusal) : normalized;

    /// <summary>
    /// Creates the file under <paramref name="path"/> or, when taken, the first free of <c>name-2</c>, <c>name-3</c>…
    /// The store decides "free" atomically, so parallel uploads of one name never overwrite each other.
    /// </summary>
    private async Task<string> CreateUniqueAsync(string path, MemoryStream content, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(path);
        var stem = path[..^extension.Length];
        for (var n = 1; n <= MaxNameAttempts; n++)
        {
            var candidate = n == 1 ? path : $"{stem}-{n}{extension}";

            // A cheap look first skips the names long taken; the create decides for real.
            if (await store.GetFileAsync(Tenant, candidate, cancellationToken) is not null)
            {
                continue;
            }

            content.Position = 0;
            if (await store.TryCreateAsync(Tenant, candidate, content, cancellationToken))
            {
                return candidate;
            }
        }

        throw new MediaUploadException($"Đã có quá nhiều tệp tên “{Path.GetFileName(path)}” trong thư mục này; hãy đặt tên khác.");
    }

    private async Task ChangeMetadataAsync(Action<Dictionary<string, MediaInfo>> change, CancellationToken cancellationToken)
    {
        using var entered = await gate.EnterAsync(Tenant, cancellationToken);
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
