using System.Globalization;
using DanVan.Contents.Security;
using DanVan.Contents.Services;
using DanVan.Contents.ViewModels;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Contents.Parts;
using DanVan.Orchard.Display;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Contents.Controllers;

/// <summary>"So sánh": two versions of an item, title, lead and body, word by word (the text as readers read it, without HTML).</summary>
public sealed class ContentCompareController(
    IContentManager contents,
    ContentIndexText indexText,
    TenantContext tenant,
    IAuthorizationService authorization,
    AdminLayoutContext layout) : ContentAdminControllerBase(authorization)
{
    private static readonly (ContentIndexRole Role, string Label)[] Compared =
        [(ContentIndexRole.Title, "Tiêu đề"), (ContentIndexRole.Lead, "Tóm tắt"), (ContentIndexRole.Body, "Nội dung")];

    [HttpGet("/admin/contents/{id}/versions/compare")]
    public async Task<IActionResult> Compare(string id, string? from, string? to, CancellationToken cancellationToken)
    {
        var latest = await contents.GetLatestVersionAsync(id, cancellationToken);
        if (latest is null || latest.Removed)
        {
            return NotFound();
        }

        if (!await Can(ContentPermissions.EditContent, latest.Item))
        {
            return Forbid();
        }

        if (string.IsNullOrEmpty(from) || string.IsNullOrEmpty(to))
        {
            return BadRequest("Chọn hai phiên bản để so sánh (cột “Từ” và cột “Đến”).");
        }

        var versions = await contents.GetVersionsAsync(id, cancellationToken);
        var older = versions.FirstOrDefault(v => v.Version.Item.ContentItemVersionId == from).Version;
        var newer = versions.FirstOrDefault(v => v.Version.Item.ContentItemVersionId == to).Version;
        if (older is null || newer is null)
        {
            return NotFound();
        }

        var olderText = await TextsAsync(older.Item, cancellationToken);
        var newerText = await TextsAsync(newer.Item, cancellationToken);
        var sections = Compared
            .Where(c => olderText.ContainsKey(c.Role) || newerText.ContainsKey(c.Role))
            .Select(c =>
            {
                var (diff, changed, notice) = WordDiff.Render(olderText.GetValueOrDefault(c.Role, string.Empty), newerText.GetValueOrDefault(c.Role, string.Empty));
                return new ContentCompareSection(c.Label, diff, changed, notice);
            })
            .ToList();

        var title = latest.Item.DisplayText ?? id;
        layout.Crumb("Nội dung", "~/admin/contents").Crumb(title, $"~/admin/contents/{id}/edit").Crumb("Các phiên bản", $"~/admin/contents/{id}/versions").Crumb("So sánh");
        return View("~/Views/ContentAdmin/Compare.cshtml", new ContentCompareViewModel(id, title, Label(older.Item), Label(newer.Item), sections));
    }

    private async Task<Dictionary<ContentIndexRole, string>> TextsAsync(ContentItem item, CancellationToken cancellationToken) =>
        (await indexText.BuildEntriesAsync(item, cancellationToken))
            .Where(e => Compared.Any(c => c.Role == e.Role))
            .GroupBy(e => e.Role)
            .ToDictionary(g => g.Key, g => string.Join("\n", g.Select(e => e.Text)));

    private string Label(ContentItem item) =>
        item.ModifiedUtc is { } modified
            ? tenant.ToLocal(modified).ToString("dd'/'MM'/'yyyy HH':'mm", CultureInfo.InvariantCulture) + (item.Author is null ? string.Empty : " – " + item.Author)
            : item.ContentItemVersionId;
}
