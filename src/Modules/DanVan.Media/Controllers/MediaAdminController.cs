using System.Security.Claims;
using DanVan.Media.Security;
using DanVan.Media.Services;
using DanVan.Media.ViewModels;
using DanVan.Orchard.Audit;
using DanVan.Orchard.Display;
using DanVan.Orchard.Media;
using DanVan.Orchard.Security;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DanVan.Media.Controllers;

/// <summary>
/// The media library: browse folders, search, upload, rename/move, alt text and caption, delete (with usage). Browsing
/// and uploading need ManageOwnMedia; changing a file needs ManageMedia, which the uploader has on their own files.
/// </summary>
[Admin]
[RequirePermission(MediaPermissions.Names.ManageOwnMedia)]
public sealed class MediaAdminController(
    MediaLibrary library, IMediaStore store, TenantContext tenant, Notifier notifier,
    AdminLayoutContext layout, IOptions<MediaOptions> options, IAuthorizationService authorization,
    IAuditTrailRecorder audit) : Controller
{
    [HttpGet("/admin/media")]
    public async Task<IActionResult> Index(string? folder, string? q, bool picker = false, CancellationToken cancellationToken = default)
    {
        string normalized;
        try
        {
            normalized = MediaPath.Normalize(folder);
        }
        catch (MediaPathException e)
        {
            notifier.Error(e.Message);
            return Redirect(Url.Content("~/admin/media"));
        }

        if (MediaLibrary.IsSystemPath(normalized))
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            notifier.Error(MediaLibrary.VariantsRefusal);
            return View(new MediaLibraryViewModel(string.Empty, [], q, picker, options.Value.MaxFileSize, new Dictionary<string, MediaInfo>()));
        }

        try
        {
            var entries = string.IsNullOrWhiteSpace(q)
                ? await library.ListAsync(normalized, cancellationToken)
                : await SearchAsync(q.Trim(), cancellationToken);
            var infos = new Dictionary<string, MediaInfo>();
            foreach (var entry in entries.Where(e => !e.IsFolder))
            {
                infos[entry.Path] = await library.GetInfoAsync(entry.Path, cancellationToken);
            }

            layout.Crumb("Thư viện media", normalized.Length == 0 ? null : "~/admin/media");
            if (normalized.Length > 0)
            {
                layout.Crumb(normalized);
            }

            return View(new MediaLibraryViewModel(normalized, entries, q, picker, options.Value.MaxFileSize, infos));
        }
        catch (MediaStoreUnavailableException e)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            notifier.Error(e.Message);
            return View(new MediaLibraryViewModel(normalized, [], q, picker, options.Value.MaxFileSize, new Dictionary<string, MediaInfo>()));
        }
    }

    /// <summary>Uploads one or more files (a form post or the page's script); answers JSON to scripts, a redirect to forms.</summary>
    [HttpPost("/admin/media/upload")]
    [RequestFormLimits(MultipartBodyLengthLimit = 200L * 1024 * 1024)]
    [RequestSizeLimit(200L * 1024 * 1024)]
    public async Task<IActionResult> Upload(string? folder, List<IFormFile> files, CancellationToken cancellationToken)
    {
        var saved = new List<string>();
        var errors = new List<string>();
        if (files.Count == 0)
        {
            errors.Add("Chọn ít nhất một tệp.");
        }

        foreach (var file in files)
        {
            if (file.Length > options.Value.MaxFileSize)
            {
                errors.Add($"Tệp “{file.FileName}” lớn hơn giới hạn {options.Value.MaxFileSize / (1024 * 1024)} MB.");
                continue;
            }

            try
            {
                await using var stream = file.OpenReadStream();
                saved.Add(await library.UploadAsync(folder ?? string.Empty, file.FileName, stream, User.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken));
            }
            catch (Exception e) when (e is MediaUploadException or MediaPathException or MediaStoreUnavailableException)
            {
                errors.Add(e.Message);
            }
        }

        foreach (var path in saved)
        {
            await audit.RecordAsync(new AuditEvent(AuditCategories.Media, "Uploaded", path), CancellationToken.None);
        }

        var status = errors.Count == 0 ? StatusCodes.Status200OK : saved.Count == 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status207MultiStatus;
        if (errors.Any(e => e.StartsWith("Kho lưu trữ media", StringComparison.Ordinal)) && saved.Count == 0)
        {
            status = StatusCodes.Status503ServiceUnavailable;
        }

        if (Request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal))
        {
            return StatusCode(status, new { saved, errors });
        }

        foreach (var error in errors)
        {
            notifier.Error(error);
        }

        if (saved.Count > 0)
        {
            notifier.Success($"Đã tải lên {saved.Count} tệp.");
        }

        return Redirect(Url.Content("~/admin/media?folder=" + Uri.EscapeDataString(folder ?? string.Empty) + (Request.Query["picker"] == "true" ? "&picker=true" : string.Empty)));
    }

    [HttpGet("/admin/media/item")]
    public async Task<IActionResult> Item(string path, CancellationToken cancellationToken)
    {
        var file = await FindAsync(path, cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        var info = await library.GetInfoAsync(file.Path, cancellationToken);
        layout.Crumb("Thư viện media", "~/admin/media").Crumb(file.Path);
        return View(new MediaItemViewModel
        {
            File = file,
            IsImage = IsImage(file.Path),
            Alt = info.Alt,
            Caption = info.Caption,
            CanChange = await MayChangeAsync(file.Path, info),
            Usage = await library.UsageAsync(file.Path, cancellationToken),
        });
    }

    [HttpPost("/admin/media/item")]
    public async Task<IActionResult> SaveItem(string path, string? alt, string? caption, CancellationToken cancellationToken)
    {
        var file = await FindAsync(path, cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        if (!await MayChangeAsync(file.Path, cancellationToken))
        {
            return Forbid();
        }

        var before = await library.GetInfoAsync(file.Path, cancellationToken);
        await library.SetInfoAsync(file.Path, alt, caption, cancellationToken);
        var after = await library.GetInfoAsync(file.Path, cancellationToken);
        var changed = new[] { ("Mô tả ảnh", before.Alt, after.Alt), ("Chú thích", before.Caption, after.Caption) }
            .Where(c => !string.Equals(c.Item2, c.Item3, StringComparison.Ordinal)).Select(c => c.Item1).ToList();
        if (changed.Count > 0)
        {
            await audit.RecordAsync(new AuditEvent(AuditCategories.Media, "CaptionChanged", file.Path, "Đã đổi: " + string.Join(", ", changed)), cancellationToken);
        }

        notifier.Success("Đã lưu mô tả và chú thích.");
        return Redirect(Url.Content("~/admin/media/item?path=" + Uri.EscapeDataString(file.Path)));
    }

    [HttpPost("/admin/media/move")]
    public async Task<IActionResult> Move(string path, string newPath, CancellationToken cancellationToken)
    {
        try
        {
            if (!await MayChangeAsync(path, cancellationToken))
            {
                return Forbid();
            }

            var moved = await library.MoveAsync(path, newPath, cancellationToken);
            await audit.RecordAsync(new AuditEvent(AuditCategories.Media, "Renamed", moved, $"{MediaPath.Normalize(path)} → {moved}"), CancellationToken.None);
            var usage = await library.UsageAsync(path, cancellationToken);
            notifier.Success(usage.Count == 0
                ? $"Đã chuyển tệp tới “{moved}”."
                : $"Đã chuyển tệp tới “{moved}”. Lưu ý: {usage.Count} nội dung còn dùng đường dẫn cũ, hãy cập nhật.");
            return Redirect(Url.Content("~/admin/media/item?path=" + Uri.EscapeDataString(moved)));
        }
        catch (Exception e) when (e is MediaUploadException or MediaPathException or FileNotFoundException or MediaStoreUnavailableException)
        {
            notifier.Error(e is FileNotFoundException ? "Không còn tệp này." : e.Message);
            return Redirect(Url.Content("~/admin/media/item?path=" + Uri.EscapeDataString(path)));
        }
    }

    [HttpPost("/admin/media/delete")]
    public async Task<IActionResult> Delete(string path, bool confirmUsed, CancellationToken cancellationToken)
    {
        try
        {
            if (!await MayChangeAsync(path, cancellationToken))
            {
                return Forbid();
            }

            var usage = await library.UsageAsync(path, cancellationToken);
            if (usage.Count > 0 && !confirmUsed)
            {
                notifier.Warning($"Tệp đang được {usage.Count} nội dung dùng ({string.Join(", ", usage.Take(3).Select(u => "“" + u.Title + "”"))}). Xác nhận lần nữa nếu vẫn muốn xóa.");
                return Redirect(Url.Content("~/admin/media/item?path=" + Uri.EscapeDataString(path)));
            }

            var folder = Path.GetDirectoryName(MediaPath.Normalize(path))?.Replace('\\', '/') ?? string.Empty;
            await library.DeleteAsync(path, cancellationToken);
            await audit.RecordAsync(new AuditEvent(AuditCategories.Media, "Deleted", MediaPath.Normalize(path)), CancellationToken.None);
            notifier.Success("Đã xóa tệp.");
            return Redirect(Url.Content("~/admin/media?folder=" + Uri.EscapeDataString(folder)));
        }
        catch (Exception e) when (e is MediaUploadException or MediaPathException or MediaStoreUnavailableException)
        {
            notifier.Error(e.Message);
            return Redirect(Url.Content("~/admin/media"));
        }
    }

    /// <summary>ManageMedia on this file: everyone with ManageMedia, and its uploader with ManageOwnMedia (a path without a file has no uploader).</summary>
    private async Task<bool> MayChangeAsync(string? path, CancellationToken cancellationToken) =>
        await MayChangeAsync(MediaPath.Normalize(path), await library.GetInfoAsync(path ?? string.Empty, cancellationToken));

    private Task<bool> MayChangeAsync(string path, MediaInfo info) =>
        authorization.HasPermissionAsync(User, MediaPermissions.ManageMedia, new MediaFileResource(path, info.Owner));

    private async Task<IReadOnlyList<MediaEntry>> SearchAsync(string query, CancellationToken cancellationToken)
    {
        // Breadth-first over the folders; a district's library has hundreds of files, not millions.
        var found = new List<MediaEntry>();
        var folders = new Queue<string>([string.Empty]);
        var needle = DanVan.Orchard.Text.Slugifier.Slugify(query);
        while (folders.Count > 0 && found.Count < 200)
        {
            foreach (var entry in await library.ListAsync(folders.Dequeue(), cancellationToken))
            {
                if (entry.IsFolder)
                {
                    folders.Enqueue(entry.Path);
                }
                else if (entry.Name.Contains(query, StringComparison.OrdinalIgnoreCase) || (needle.Length > 0 && DanVan.Orchard.Text.Slugifier.Slugify(entry.Name).Contains(needle, StringComparison.Ordinal)))
                {
                    found.Add(entry);
                }
            }
        }

        return found;
    }

    /// <summary>The library file at <paramref name="path"/>; null for a bad path or one in the system's <c>_variants</c> folder.</summary>
    private async Task<MediaFile?> FindAsync(string? path, CancellationToken cancellationToken)
    {
        try
        {
            var normalized = MediaPath.Normalize(path);
            return normalized.Length == 0 || MediaLibrary.IsSystemPath(normalized)
                ? null
                : await store.GetFileAsync(tenant.Settings.Name, normalized, cancellationToken);
        }
        catch (MediaPathException)
        {
            return null;
        }
    }

    private static bool IsImage(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".jpg" or ".jpeg" or ".png" or ".gif" or ".webp";

}
