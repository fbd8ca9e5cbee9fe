using System.Security.Claims;
using DanVan.Contents.Scheduling;
using DanVan.Contents.Security;
using DanVan.Contents.Services;
using DanVan.Contents.ViewModels;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Contents.Editors;
using DanVan.Orchard.Contents.Parts;
using DanVan.Orchard.Display;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Contents.Controllers;

/// <summary>The content admin for every type of the tenant's content definition: the list, the edit form, the preview.</summary>
public sealed class ContentAdminController(
    IContentManager contents,
    ContentDefinitionManager definitions,
    ContentEditors editors,
    PublishSchedule schedule,
    TenantContext tenant,
    IEnumerable<IContentTypeDisplay> displays,
    IAuthorizationService authorization,
    Notifier notifier,
    AdminLayoutContext layout) : ContentAdminControllerBase(authorization)
{
    [HttpGet("/admin/contents")]
    public async Task<IActionResult> Index(string? type, ContentStatus status, string? q, ContentSort sort, int page = 1, CancellationToken cancellationToken = default)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        var query = await ContentListTextFilter.WithIndexAsync(
            new ContentQuery(definition.FindType(type ?? string.Empty)?.Name, status, q, sort, page), HttpContext.RequestServices, cancellationToken);
        var result = await contents.QueryAsync(query, cancellationToken);
        var actions = new Dictionary<string, ContentItemActions>();
        foreach (var version in result.Items)
        {
            var item = version.Item;
            actions[item.ContentItemId] = new ContentItemActions(
                await Can(ContentPermissions.EditContent, item),
                await Can(ContentPermissions.PublishContent, item),
                await Can(ContentPermissions.DeleteContent, item),
                await Can(ContentPermissions.RestoreContent));
        }

        var types = definition.ContentTypes.Select(t => (t.Name, t.DisplayName)).ToList();
        var creatable = await Can(ContentPermissions.EditContent, NewOwnedItem(string.Empty)) ? types : [];
        layout.Crumb("Nội dung");
        var scheduled = await schedule.GetAsync(actions.Keys, cancellationToken);
        var calledOff = await schedule.GetCalledOffAsync(actions.Keys, cancellationToken);
        return View(new ContentListViewModel(result, query, types, actions, creatable, scheduled, calledOff));
    }

    [HttpGet("/admin/contents/create/{type}")]
    public async Task<IActionResult> Create(string type, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        if (definition.FindType(type) is not { } contentType)
        {
            return NotFound();
        }

        var item = NewOwnedItem(contentType.Name);
        if (!await Can(ContentPermissions.EditContent, item))
        {
            return Forbid();
        }

        return await EditorAsync(contentType, definition, item, null, publishedExists: false, cancellationToken: cancellationToken);
    }

    [HttpPost("/admin/contents/create/{type}")]
    public async Task<IActionResult> CreatePost(string type, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        if (definition.FindType(type) is not { } contentType)
        {
            return NotFound();
        }

        var item = NewOwnedItem(contentType.Name);
        if (!await Can(ContentPermissions.EditContent, item))
        {
            return Forbid();
        }

        return await SaveAsync(contentType, definition, item, stamp: null, publishedExists: false, cancellationToken);
    }

    [HttpGet("/admin/contents/{id}/edit")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        var (version, type, definition) = await LoadAsync(id, cancellationToken);
        if (version is null || type is null || version.Removed)
        {
            return NotFound();
        }

        if (!await Can(ContentPermissions.EditContent, version.Item))
        {
            return Forbid();
        }

        var publishedExists = await PublishedExistsAsync(id, cancellationToken);
        return await EditorAsync(type, definition!, version.Item, version.ConcurrencyStamp, publishedExists, cancellationToken: cancellationToken);
    }

    [HttpPost("/admin/contents/{id}/edit")]
    public async Task<IActionResult> EditPost(string id, CancellationToken cancellationToken)
    {
        var (version, type, definition) = await LoadAsync(id, cancellationToken);
        if (version is null || type is null || version.Removed)
        {
            return NotFound();
        }

        if (!await Can(ContentPermissions.EditContent, version.Item))
        {
            return Forbid();
        }

        var publishedExists = await PublishedExistsAsync(id, cancellationToken);
        return await SaveAsync(type, definition!, version.Item, Request.Form["Stamp"].ToString(), publishedExists, cancellationToken);
    }

    [HttpGet("/admin/contents/{id}/preview")]
    [SiteLayout]
    public async Task<IActionResult> Preview(string id, CancellationToken cancellationToken)
    {
        var version = await contents.GetLatestVersionAsync(id, cancellationToken);
        if (version is null || version.Removed)
        {
            return NotFound();
        }

        if (!await Can(ContentPermissions.EditContent, version.Item))
        {
            return Forbid();
        }

        var display = displays.FirstOrDefault(d => d.ContentType == version.Item.ContentType);
        if (display is null)
        {
            notifier.Warning("Loại nội dung này không có trang hiển thị riêng để xem trước.");
            return Redirect(Url.Content($"~/admin/contents/{id}/edit"));
        }

        Response.Headers.CacheControl = "no-store";
        ViewData["Preview"] = true;
        return View(display.ViewPath, display.BuildViewModel(version.Item));
    }

    private async Task<IActionResult> SaveAsync(
        ContentTypeDefinition type, ContentDefinitionDocument definition, ContentItem item, string? stamp, bool publishedExists, CancellationToken cancellationToken)
    {
        var publish = Request.Form["submit"] == "publish";
        if (publish && !await Can(ContentPermissions.PublishContent, item))
        {
            return Forbid();
        }

        var form = new ContentEditorContext(item, type, Request.Form);
        await editors.ReadAsync(form, definition, cancellationToken);
        foreach (var (key, message) in form.Errors)
        {
            ModelState.AddModelError(key, message);
        }

        if (!ModelState.IsValid)
        {
            return await RefusedAsync(type, definition, item, stamp, publishedExists, StatusCodes.Status400BadRequest, cancellationToken);
        }

        var isNew = string.IsNullOrEmpty(item.ContentItemId);
        ContentVersion saved;
        try
        {
            saved = await contents.SaveAsync(item, publish, stamp, Actor, cancellationToken);
        }
        catch (ContentConcurrencyException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return await RefusedAsync(type, definition, item, stamp, publishedExists, StatusCodes.Status409Conflict, cancellationToken);
        }
        catch (ContentFormatException e)
        {
            if (isNew)
            {
                // Nothing was stored: the form must keep posting to "create", not to an item that does not exist.
                item.ContentItemId = string.Empty;
            }

            ModelState.AddModelError(await editors.FormKeyAsync(e.Field, cancellationToken), e.Reason);
            return await RefusedAsync(type, definition, item, stamp, publishedExists, StatusCodes.Status400BadRequest, cancellationToken);
        }

        notifier.Success(publish ? $"Đã đăng “{saved.Item.DisplayText}”." : $"Đã lưu bản nháp “{saved.Item.DisplayText}”.");
        if (!publish && !isNew)
        {
            await ScheduleFollowsAsync(saved, cancellationToken);
        }

        // "Xem trước" saves the draft, then shows it as readers would see it.
        var next = Url.Content($"~/admin/contents/{saved.Item.ContentItemId}/" + (Request.Form["submit"] == "preview" ? "preview" : "edit"));
        return EditorSave.WantsJson(Request) ? Json(EditorSave.Saved(next)) : Redirect(next);
    }

    /// <summary>A saved draft carries the item's schedule along (its saver may publish it) or calls it off; the editor is told which.</summary>
    private async Task ScheduleFollowsAsync(ContentVersion saved, CancellationToken cancellationToken)
    {
        var after = await schedule.DraftSavedAsync(saved, await Can(ContentPermissions.PublishContent, saved.Item), Actor, cancellationToken);
        if (after is null)
        {
            return;
        }

        var local = ScheduleTime.Format(tenant.ToLocal(after.PublishAtUtc));
        if (after.CalledOff)
        {
            notifier.Warning($"Lịch đăng {local} của bài đã bị hủy vì bạn không có quyền đăng bài này: biên tập viên cần xem lại bản vừa lưu rồi hẹn giờ lại.");
        }
        else
        {
            notifier.Success($"Bài vẫn hẹn đăng lúc {local}, với bản vừa lưu.");
        }
    }

    /// <summary>The form again with its errors next to the fields, or (for the editor's script) the errors as JSON.</summary>
    private async Task<IActionResult> RefusedAsync(
        ContentTypeDefinition type, ContentDefinitionDocument definition, ContentItem item, string? stamp, bool publishedExists, int status, CancellationToken cancellationToken)
    {
        if (EditorSave.WantsJson(Request))
        {
            return new JsonResult(EditorSave.Errors(ModelState)) { StatusCode = status };
        }

        return await EditorAsync(type, definition, item, stamp, publishedExists, status, cancellationToken);
    }

    private async Task<ViewResult> EditorAsync(
        ContentTypeDefinition type, ContentDefinitionDocument definition, ContentItem item, string? stamp, bool publishedExists,
        int status = StatusCodes.Status200OK, CancellationToken cancellationToken = default)
    {
        Response.StatusCode = status;
        var display = displays.FirstOrDefault(d => d.ContentType == type.Name);
        var path = AutoroutePart.Path(item);
        var model = new ContentEditViewModel
        {
            ContentType = type.Name,
            TypeDisplayName = type.DisplayName,
            ContentItemId = string.IsNullOrEmpty(item.ContentItemId) ? null : item.ContentItemId,
            Stamp = stamp,
            Title = TitlePart.Title(item) ?? string.Empty,
            Editors = await editors.BuildAsync(new ContentEditorContext(item, type), definition, cancellationToken),
            IsPublished = publishedExists,
            HasNewerDraft = publishedExists && !item.Published,
            CanPublish = await Can(ContentPermissions.PublishContent, item),
            CanDelete = !string.IsNullOrEmpty(item.ContentItemId) && await Can(ContentPermissions.DeleteContent, item),
            ModifiedUtc = item.ModifiedUtc,
            Author = item.Author,
            ScheduledUtc = string.IsNullOrEmpty(item.ContentItemId) ? null : await schedule.GetAsync(item.ContentItemId, cancellationToken),
            ScheduleCalledOff = string.IsNullOrEmpty(item.ContentItemId) ? null : await ContentScheduleController.CalledOffNoticeAsync(
                schedule, tenant, item.ContentItemId, cancellationToken),
            PublicUrl = publishedExists && display is not null && path is not null ? "~/" + path : null,
        };

        layout.Crumb("Nội dung", "~/admin/contents").Crumb(model.IsNew ? $"Viết mới: {type.DisplayName}" : model.Title);
        return View("Edit", model);
    }

    private async Task<(ContentVersion? Version, ContentTypeDefinition? Type, ContentDefinitionDocument? Definition)> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var version = await contents.GetLatestVersionAsync(id, cancellationToken);
        if (version is null)
        {
            return (null, null, null);
        }

        var definition = await definitions.GetAsync(cancellationToken);
        return (version, definition.FindType(version.Item.ContentType), definition);
    }

    private async Task<bool> PublishedExistsAsync(string id, CancellationToken cancellationToken) =>
        (await contents.GetVersionsAsync(id, cancellationToken)).Any(v => v.Published);

    private ContentItem NewOwnedItem(string contentType) => new()
    {
        ContentType = contentType,
        Owner = User.FindFirstValue(ClaimTypes.NameIdentifier),
    };
}
