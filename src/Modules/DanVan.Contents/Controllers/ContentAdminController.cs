using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using DanVan.Contents.Security;
using DanVan.Contents.ViewModels;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Display;
using DanVan.Orchard.Security;
using DanVan.Orchard.Tenancy;
using DanVan.Orchard.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Contents.Controllers;

/// <summary>The content admin for every type of the tenant's content definition.</summary>
[Admin]
public sealed class ContentAdminController(
    ContentManager contents,
    ContentDefinitionManager definitions,
    ContentNormalizer normalizer,
    HtmlLimits htmlLimits,
    IEnumerable<IContentTypeDisplay> displays,
    IAuthorizationService authorization,
    TenantContext tenant,
    Notifier notifier,
    AdminLayoutContext layout) : Controller
{
    private const int MaxTextLength = 4000;

    private ContentActor Actor => new(User.FindFirstValue(ClaimTypes.NameIdentifier), User.Identity?.Name);

    [HttpGet("/admin/contents")]
    public async Task<IActionResult> Index(string? type, ContentStatus status, string? q, ContentSort sort, int page = 1, CancellationToken cancellationToken = default)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        var query = new ContentQuery(definition.FindType(type ?? string.Empty)?.Name, status, q, sort, page);
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
        return View(new ContentListViewModel(result, query, types, actions, creatable));
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

        return await EditorAsync(contentType, definition, item, null, publishedExists: false);
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

        return await SaveAsync(contentType, definition, item, stamp: null, previousPath: null, publishedExists: false, cancellationToken);
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
        return await EditorAsync(type, definition!, version.Item, version.ConcurrencyStamp, publishedExists);
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
        var previousPath = version.Item.Part("AutoroutePart")?["Path"]?.GetValue<string>();
        return await SaveAsync(type, definition!, version.Item, Request.Form["Stamp"].ToString(), previousPath, publishedExists, cancellationToken);
    }

    [HttpGet("/admin/contents/{id}/preview")]
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

    [HttpPost("/admin/contents/{id}/publish")]
    public Task<IActionResult> Publish(string id, CancellationToken cancellationToken) =>
        ActAsync(id, ContentPermissions.PublishContent, () => contents.PublishAsync(id, Actor, cancellationToken), "Đã đăng “{0}”.", cancellationToken);

    [HttpPost("/admin/contents/{id}/unpublish")]
    public Task<IActionResult> Unpublish(string id, CancellationToken cancellationToken) =>
        ActAsync(id, ContentPermissions.PublishContent, () => contents.UnpublishAsync(id, Actor, cancellationToken), "Đã gỡ “{0}” khỏi trang; bài vẫn còn dưới dạng bản nháp.", cancellationToken);

    [HttpPost("/admin/contents/{id}/delete")]
    public Task<IActionResult> Delete(string id, CancellationToken cancellationToken) =>
        ActAsync(id, ContentPermissions.DeleteContent, () => contents.RemoveAsync(id, Actor, cancellationToken), "Đã xóa “{0}”. Quản trị viên có thể khôi phục trong mục “Đã xóa”.", cancellationToken);

    [HttpPost("/admin/contents/{id}/restore")]
    public async Task<IActionResult> Restore(string id, CancellationToken cancellationToken)
    {
        var version = await contents.GetLatestVersionAsync(id, cancellationToken);
        if (version is null || !version.Removed)
        {
            return NotFound();
        }

        if (!await Can(ContentPermissions.RestoreContent))
        {
            return Forbid();
        }

        await contents.RestoreAsync(id, Actor, cancellationToken);
        notifier.Success($"Đã khôi phục “{version.Item.DisplayText}” (dưới dạng bản nháp).");
        return Redirect(Url.Content($"~/admin/contents/{id}/edit"));
    }

    [HttpGet("/admin/contents/{id}/versions")]
    public async Task<IActionResult> Versions(string id, CancellationToken cancellationToken)
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

        var versions = await contents.GetVersionsAsync(id, cancellationToken);
        layout.Crumb("Nội dung", "~/admin/contents").Crumb(latest.Item.DisplayText ?? id, $"~/admin/contents/{id}/edit").Crumb("Các phiên bản");
        return View(new ContentVersionsViewModel(id, latest.Item.DisplayText ?? id,
            versions.Select(v => new ContentVersionRow(v.Version, v.Latest, v.Published)).ToList(), CanRestore: true));
    }

    [HttpPost("/admin/contents/{id}/versions/{versionId}/restore")]
    public async Task<IActionResult> RestoreVersion(string id, string versionId, CancellationToken cancellationToken)
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

        try
        {
            await contents.RestoreVersionAsync(id, versionId, Actor, cancellationToken);
        }
        catch (ContentNotFoundException)
        {
            return NotFound();
        }

        notifier.Success("Đã khôi phục phiên bản cũ thành bản nháp mới nhất. Kiểm tra rồi bấm “Đăng” để đưa lên trang.");
        return Redirect(Url.Content($"~/admin/contents/{id}/edit"));
    }

    private async Task<IActionResult> ActAsync(string id, Permission permission, Func<Task> action, string success, CancellationToken cancellationToken)
    {
        var version = await contents.GetLatestVersionAsync(id, cancellationToken);
        if (version is null || version.Removed)
        {
            return NotFound();
        }

        if (!await Can(permission, version.Item))
        {
            return Forbid();
        }

        await action();
        notifier.Success(string.Format(CultureInfo.InvariantCulture, success, version.Item.DisplayText));
        var returnUrl = Request.Form["returnUrl"].ToString();
        return Redirect(Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Content("~/admin/contents"));
    }

    private async Task<IActionResult> SaveAsync(
        ContentTypeDefinition type, ContentDefinitionDocument definition, ContentItem item, string? stamp, string? previousPath,
        bool publishedExists, CancellationToken cancellationToken)
    {
        var publish = Request.Form["submit"] == "publish";
        if (publish && !await Can(ContentPermissions.PublishContent, item))
        {
            return Forbid();
        }

        await ApplyFormAsync(item, type, definition, previousPath, cancellationToken);
        if (!ModelState.IsValid)
        {
            return await EditorAsync(type, definition, item, stamp, publishedExists, StatusCodes.Status400BadRequest);
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
            return await EditorAsync(type, definition, item, stamp, publishedExists, StatusCodes.Status409Conflict);
        }
        catch (ContentFormatException e)
        {
            if (isNew)
            {
                // Nothing was stored: the form must keep posting to "create", not to an item that does not exist.
                item.ContentItemId = string.Empty;
            }

            ModelState.AddModelError(FormKey(e.Field), e.Reason);
            return await EditorAsync(type, definition, item, stamp, publishedExists, StatusCodes.Status400BadRequest);
        }

        notifier.Success(publish ? $"Đã đăng “{saved.Item.DisplayText}”." : $"Đã lưu bản nháp “{saved.Item.DisplayText}”.");
        return Redirect(Url.Content($"~/admin/contents/{saved.Item.ContentItemId}/edit"));
    }

    /// <summary>Copies the posted values into the item, adding a Vietnamese message to ModelState for each bad one.</summary>
    private async Task ApplyFormAsync(ContentItem item, ContentTypeDefinition type, ContentDefinitionDocument definition, string? previousPath, CancellationToken cancellationToken)
    {
        var form = Request.Form;
        if (type.FindPart("TitlePart") is not null)
        {
            var title = SafeText.Normalize(form["Title"].ToString()).Trim();
            if (title.Length == 0)
            {
                ModelState.AddModelError("Title", "Nhập tiêu đề.");
            }
            else if (title.Length > ContentNormalizer.MaxTitleLength)
            {
                ModelState.AddModelError("Title", $"Tiêu đề tối đa {ContentNormalizer.MaxTitleLength} ký tự (hiện có {title.Length}).");
            }

            item.Content["TitlePart"] = new JsonObject { ["Title"] = title };
            item.DisplayText = title;
        }

        if (type.FindPart("AutoroutePart") is not null)
        {
            var path = SafeText.Strip(form["Path"].ToString()).Trim().Trim('/').ToLowerInvariant();
            if (path.Length > 0 && path != previousPath)
            {
                if (path.Split('/').Any(s => s != Slugifier.Slugify(s)))
                {
                    ModelState.AddModelError("Path", "Đường dẫn chỉ gồm chữ thường không dấu a-z, chữ số và dấu '-', các phần cách nhau bởi '/'.");
                }
                else if (ReservedSegments.IsReserved(path.Split('/')[0]))
                {
                    ModelState.AddModelError("Path", $"“{path.Split('/')[0]}” là đường dẫn dành riêng của hệ thống; hãy chọn đường dẫn khác.");
                }
                else if (await normalizer.IsPathTakenAsync(path, item.ContentItemId, cancellationToken))
                {
                    ModelState.AddModelError("Path", $"Đường dẫn “{path}” đã được dùng cho nội dung khác.");
                }
            }

            item.Content["AutoroutePart"] = new JsonObject { ["Path"] = path.Length == 0 ? null : path };
        }

        if (type.FindPart("HtmlBodyPart") is not null)
        {
            var html = form["BodyHtml"].ToString();
            if (htmlLimits.Check(html) is { } reason)
            {
                // Refused before the sanitizer parses it (deep nesting costs the square of its depth); the form shows it
                // again for the editor to shorten or simplify.
                ModelState.AddModelError("BodyHtml", reason);
            }

            item.Content["HtmlBodyPart"] = new JsonObject { ["Html"] = html };
        }

        foreach (var (typePart, field) in Fields(type, definition))
        {
            var key = $"{typePart.Name}.{field.Name}";
            var raw = SafeText.Strip(form["f." + key].ToString());
            var label = Label(field);
            var part = item.Part(typePart.Name) ?? new JsonObject();
            item.Content[typePart.Name] = part;
            JsonObject? value = field.FieldName switch
            {
                ContentFieldTypes.Text => raw.Length > MaxTextLength
                    ? Error(key, $"{label}: tối đa {MaxTextLength} ký tự (hiện có {raw.Length}).")
                    : new JsonObject { ["Text"] = raw.Trim() },
                ContentFieldTypes.Html => htmlLimits.Check(raw) is { } reason
                    ? Error(key, $"{label}: {reason}")
                    : new JsonObject { ["Html"] = raw },
                ContentFieldTypes.Date => raw.Length == 0 ? new JsonObject { ["Value"] = null }
                    : DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                        ? new JsonObject { ["Value"] = ContentFieldTypes.FormatDate(date) }
                        : Error(key, $"{label}: ngày không hợp lệ."),
                ContentFieldTypes.DateTime => raw.Length == 0 ? new JsonObject { ["Value"] = null }
                    : DateTime.TryParseExact(raw, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
                        ? new JsonObject { ["Value"] = TimeZoneInfo.ConvertTimeToUtc(local, tenant.TimeZone).ToString("O", CultureInfo.InvariantCulture) }
                        : Error(key, $"{label}: ngày giờ không hợp lệ."),
                ContentFieldTypes.Numeric => raw.Length == 0 ? new JsonObject { ["Value"] = null }
                    : decimal.TryParse(raw.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                        ? new JsonObject { ["Value"] = number }
                        : Error(key, $"{label}: phải là một số."),
                ContentFieldTypes.Boolean => new JsonObject { ["Value"] = raw.Split(',').Contains("true") },
                ContentFieldTypes.Media => MediaValue(raw, part[field.Name] as JsonObject),
                ContentFieldTypes.Taxonomy => new JsonObject
                {
                    ["TagNames"] = new JsonArray(raw.Split(',').Select(t => SafeText.Normalize(t).Trim()).Where(t => t.Length > 0)
                        .Distinct(StringComparer.OrdinalIgnoreCase).Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
                },
                _ => null,
            };

            if (value is not null)
            {
                part[field.Name] = value;
            }
        }
    }

    /// <summary>
    /// The form's paths, each keeping the text (alt text, caption) it had: the form edits only the paths, and saving must
    /// not lose what the media library or a recipe wrote beside them.
    /// </summary>
    private static JsonObject MediaValue(string raw, JsonObject? previous)
    {
        var paths = raw.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var previousPaths = previous?["Paths"] as JsonArray ?? new JsonArray();
        var previousTexts = previous?["MediaTexts"] as JsonArray ?? new JsonArray();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Min(previousPaths.Count, previousTexts.Count); i++)
        {
            if (previousPaths[i]?.GetValue<string>() is { } path && previousTexts[i]?.GetValue<string>() is { } text)
            {
                texts.TryAdd(path, text);
            }
        }

        var mediaTexts = paths.Select(p => texts.GetValueOrDefault(p, string.Empty)).ToList();
        if (mediaTexts.All(t => t.Length == 0))
        {
            mediaTexts.Clear();
        }

        return new JsonObject
        {
            ["Paths"] = new JsonArray(paths.Select(p => (JsonNode?)JsonValue.Create(p)).ToArray()),
            ["MediaTexts"] = new JsonArray(mediaTexts.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
        };
    }

    /// <summary>The form field a content JSON path belongs to, so the message shows next to it.</summary>
    private static string FormKey(string field) => field switch
    {
        "TitlePart.Title" => "Title",
        "AutoroutePart.Path" => "Path",
        "HtmlBodyPart.Html" => "BodyHtml",
        _ when field.Contains('.', StringComparison.Ordinal) => "f." + field,
        _ => string.Empty,
    };

    private JsonObject? Error(string key, string message)
    {
        ModelState.AddModelError("f." + key, message);
        return null;
    }

    private async Task<ViewResult> EditorAsync(ContentTypeDefinition type, ContentDefinitionDocument definition, ContentItem item, string? stamp, bool publishedExists, int status = StatusCodes.Status200OK)
    {
        Response.StatusCode = status;
        var canPublish = await Can(ContentPermissions.PublishContent, item);
        var canDelete = !string.IsNullOrEmpty(item.ContentItemId) && await Can(ContentPermissions.DeleteContent, item);
        var display = displays.FirstOrDefault(d => d.ContentType == type.Name);
        var path = item.Part("AutoroutePart")?["Path"]?.GetValue<string>();
        var model = new ContentEditViewModel
        {
            ContentType = type.Name,
            TypeDisplayName = type.DisplayName,
            ContentItemId = string.IsNullOrEmpty(item.ContentItemId) ? null : item.ContentItemId,
            Stamp = stamp,
            HasTitle = type.FindPart("TitlePart") is not null,
            Title = item.Part("TitlePart")?["Title"]?.GetValue<string>() ?? string.Empty,
            HasAutoroute = type.FindPart("AutoroutePart") is not null,
            Path = path,
            HasBody = type.FindPart("HtmlBodyPart") is not null,
            BodyHtml = item.Part("HtmlBodyPart")?["Html"]?.GetValue<string>(),
            Fields = Fields(type, definition).Select(f => ToEditor(item, f.TypePart, f.Field)).ToList(),
            IsPublished = publishedExists,
            HasNewerDraft = publishedExists && !item.Published,
            CanPublish = canPublish,
            CanDelete = canDelete,
            ModifiedUtc = item.ModifiedUtc,
            Author = item.Author,
            PublicUrl = publishedExists && display is not null && path is not null ? "~/" + path : null,
        };

        layout.Crumb("Nội dung", "~/admin/contents").Crumb(model.IsNew ? $"Viết mới: {type.DisplayName}" : model.Title);
        return View("Edit", model);
    }

    private FieldEditorModel ToEditor(ContentItem item, ContentTypePartDefinition typePart, ContentPartFieldDefinition field)
    {
        var value = item.Field(typePart.Name, field.Name);
        var text = field.FieldName switch
        {
            ContentFieldTypes.Text => value?["Text"]?.GetValue<string>(),
            ContentFieldTypes.Html => value?["Html"]?.GetValue<string>(),
            ContentFieldTypes.Date => ContentFieldTypes.ParseDate(value?["Value"]?.GetValue<string>()) is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            ContentFieldTypes.DateTime => ContentFieldTypes.ParseDate(value?["Value"]?.GetValue<string>()) is { } dateTime ? tenant.ToLocal(dateTime).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) : null,
            ContentFieldTypes.Numeric => value?["Value"]?.ToJsonString(),
            ContentFieldTypes.Boolean => value?["Value"]?.GetValue<bool>() == true ? "true" : null,
            ContentFieldTypes.Media => value?["Paths"] is JsonArray paths ? string.Join('\n', paths.Select(p => p?.GetValue<string>())) : null,
            ContentFieldTypes.Taxonomy => value?["TagNames"] is JsonArray tags ? string.Join(", ", tags.Select(t => t?.GetValue<string>())) : null,
            _ => null,
        };

        var settings = field.Settings["ContentPartFieldSettings"];
        var multiline = settings?["Editor"]?.GetValue<string>() == "TextArea";
        var hint = field.FieldName switch
        {
            ContentFieldTypes.Media => "Mỗi dòng một đường dẫn tệp trong thư viện media.",
            ContentFieldTypes.Taxonomy => "Các từ khóa cách nhau bằng dấu phẩy.",
            _ => settings?["Hint"]?.GetValue<string>(),
        };
        return new FieldEditorModel($"{typePart.Name}.{field.Name}", Label(field), field.FieldName, text ?? string.Empty, multiline, hint);
    }

    private static string Label(ContentPartFieldDefinition field) =>
        field.Settings["ContentPartFieldSettings"]?["DisplayName"]?.GetValue<string>() ?? field.Name;

    private static IEnumerable<(ContentTypePartDefinition TypePart, ContentPartFieldDefinition Field)> Fields(ContentTypeDefinition type, ContentDefinitionDocument definition) =>
        type.ContentTypePartDefinitionRecords
            .OrderBy(p => Position(p.Settings["ContentTypePartSettings"]))
            .SelectMany(p => (definition.FindPart(p.PartName)?.ContentPartFieldDefinitionRecords ?? [])
                .OrderBy(f => Position(f.Settings["ContentPartFieldSettings"]))
                .Select(f => (p, f)));

    private static int Position(JsonNode? settings) =>
        int.TryParse(settings?["Position"]?.ToString(), out var position) ? position : 0;

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

    private Task<bool> Can(Permission permission, ContentItem? item = null) => authorization.HasPermissionAsync(User, permission, item);
}
