using DanVan.Orchard.Contents;
using DanVan.Orchard.Data;
using DanVan.Orchard.Display;
using DanVan.Orchard.Security;
using DanVan.Orchard.Tenancy;
using DanVan.Search.Indexing;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Search.Admin;

/// <summary>"Tìm kiếm": the index's status (documents, pending tasks, last update, rebuild progress), a rebuild button, and the settings.</summary>
[Admin]
[RequirePermission(SearchPermissions.Names.ManageSearch)]
public sealed class SearchAdminController(
    SearchIndexer indexer,
    SearchSignals signals,
    IDocumentStore documents,
    ContentDefinitionManager definitions,
    TenantContext tenant,
    Notifier notifier,
    AdminLayoutContext layout) : Controller
{
    public const float MaxBoost = 100;

    [HttpGet("/admin/search")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var settings = await documents.GetAsync<SearchSettings>(SearchSettings.DocumentId, cancellationToken);
        var form = new SearchSettingsForm
        {
            Types = [.. settings.IndexedContentTypes],
            TitleBoost = SearchSettingsForm.Show(settings.TitleBoost),
            LeadBoost = SearchSettingsForm.Show(settings.LeadBoost),
            BodyBoost = SearchSettingsForm.Show(settings.BodyBoost),
        };
        return await PageAsync(form, [], cancellationToken);
    }

    [HttpPost("/admin/search")]
    public async Task<IActionResult> Save(SearchSettingsForm form, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        var errors = new List<string>();
        var unknown = form.Types.Where(t => definition.FindType(t) is null).ToList();
        if (unknown.Count > 0)
        {
            errors.Add($"Loại nội dung không có: {string.Join(", ", unknown)}.");
        }

        var title = SearchSettingsForm.Read(form.TitleBoost, MaxBoost);
        var lead = SearchSettingsForm.Read(form.LeadBoost, MaxBoost);
        var body = SearchSettingsForm.Read(form.BodyBoost, MaxBoost);
        foreach (var (value, label) in new[] { (title, "Tiêu đề"), (lead, "Tóm tắt"), (body, "Nội dung") })
        {
            if (value is null)
            {
                errors.Add($"Trọng số “{label}” phải là một số lớn hơn 0 và không quá {MaxBoost}.");
            }
        }

        if (errors.Count > 0 || title is null || lead is null || body is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await PageAsync(form, errors, cancellationToken);
        }

        var settings = await documents.GetAsync<SearchSettings>(SearchSettings.DocumentId, cancellationToken);
        var typesChanged = !settings.IndexedContentTypes.Order(StringComparer.Ordinal).SequenceEqual(form.Types.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        settings.IndexedContentTypes = form.Types.Distinct(StringComparer.Ordinal).ToList();
        settings.TitleBoost = title.Value;
        settings.LeadBoost = lead.Value;
        settings.BodyBoost = body.Value;
        await documents.SaveAsync(SearchSettings.DocumentId, settings, cancellationToken);

        // Boosts apply at query time; the types decide what is in the index, which is rebuilt for them.
        if (typesChanged)
        {
            await RebuildAsync(cancellationToken);
            notifier.Success("Đã lưu cài đặt tìm kiếm; chỉ mục đang được xây lại theo các loại nội dung đã chọn.");
        }
        else
        {
            notifier.Success("Đã lưu cài đặt tìm kiếm.");
        }

        return Redirect(Url.Content("~/admin/search"));
    }

    [HttpPost("/admin/search/rebuild")]
    public async Task<IActionResult> Rebuild(CancellationToken cancellationToken)
    {
        await RebuildAsync(cancellationToken);
        notifier.Success("Đang xây lại chỉ mục tìm kiếm; tiến độ hiện trên trang này.");
        return Redirect(Url.Content("~/admin/search"));
    }

    private async Task RebuildAsync(CancellationToken cancellationToken)
    {
        // A task, so every node (and a CLI) rebuilds its own; the worker does it here with its own token.
        await indexer.RequestRebuildAsync(cancellationToken);
        signals.Notify(tenant.Settings.Name);
    }

    private async Task<IActionResult> PageAsync(SearchSettingsForm form, IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        var status = await indexer.GetStatusAsync(cancellationToken);
        var definition = await definitions.GetAsync(cancellationToken);
        layout.Crumb("Tìm kiếm");
        return View("~/Views/SearchAdmin/Index.cshtml", new SearchAdminPageModel(
            status,
            status.LastUpdatedUtc is { } updated ? tenant.FormatDate(updated) + " " + TimeZoneInfo.ConvertTimeFromUtc(updated, tenant.TimeZone).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) : null,
            form,
            definition.ContentTypes.Select(t => (t.Name, string.IsNullOrEmpty(t.DisplayName) ? t.Name : t.DisplayName)).ToList(),
            errors));
    }
}
