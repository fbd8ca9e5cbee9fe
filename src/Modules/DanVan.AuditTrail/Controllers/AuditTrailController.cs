using System.Globalization;
using DanVan.AuditTrail.Data;
using DanVan.AuditTrail.Models;
using DanVan.AuditTrail.ViewModels;
using DanVan.Orchard.Audit;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Display;
using DanVan.Orchard.Security;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using DanVan.Orchard.Text;

namespace DanVan.AuditTrail.Controllers;

[Admin]
[RequirePermission(AuditTrailPermissions.Names.ViewAuditTrail)]
public sealed class AuditTrailController(
    AuditTrailDbContext db,
    ContentDefinitionManager definitions,
    TenantContext tenant,
    AdminLayoutContext layout) : Controller
{
    public const int PageSize = 50;

    private const int MaxFilterLength = 100;

    private static readonly StringComparer VietnameseOrder = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);

    [HttpGet("/admin/audit")]
    public async Task<IActionResult> Index(
        [FromQuery(Name = "user")] string? userName, string? type, string? category, int? page, CancellationToken cancellationToken)
    {
        var userFilter = CleanFilter(userName);
        var typeFilter = CleanFilter(type);
        var categoryFilter = CleanFilter(category);
        if (categoryFilter is not null && !AuditTrailLabels.Categories.Any(c => c.Name == categoryFilter))
        {
            categoryFilter = null;
        }

        var events = db.Events.AsNoTracking();
        if (userFilter is not null)
        {
            var pattern = "%" + EscapeLike(userFilter) + "%";
            events = events.Where(e => e.UserName != null && EF.Functions.Like(e.UserName, pattern, "\\"));
        }

        if (categoryFilter is not null)
        {
            events = events.Where(e => e.Category == categoryFilter);
        }

        if (typeFilter is not null)
        {
            events = events.Where(e => e.ContentType == typeFilter);
        }

        var pager = Pager.Of(page, PageSize, await events.CountAsync(cancellationToken));
        var records = await events
            .OrderByDescending(e => e.CreatedUtc).ThenByDescending(e => e.Id)
            .Skip(pager.Skip).Take(PageSize)
            .ToListAsync(cancellationToken);

        var definition = await definitions.GetAsync(cancellationToken);
        var typeNames = definition.ContentTypes
            .Where(t => !string.IsNullOrEmpty(t.Name))
            .GroupBy(t => t.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.IsNullOrWhiteSpace(g.First().DisplayName) ? g.Key : g.First().DisplayName, StringComparer.Ordinal);
        var options = typeNames
            .Select(t => new ContentTypeOption(t.Key, t.Value))
            .OrderBy(o => o.DisplayName, VietnameseOrder)
            .ToList();
        if (typeFilter is not null && !typeNames.ContainsKey(typeFilter))
        {
            // A type no longer defined can still have rows in the trail.
            options.Add(new ContentTypeOption(typeFilter, typeFilter));
        }

        var rows = records.Select(e => ToRow(e, typeNames)).ToList();
        layout.Crumb("Nhật ký thao tác");
        return View(new AuditTrailPageViewModel(userFilter, typeFilter, categoryFilter, pager, rows, options));
    }

    private AuditTrailRow ToRow(AuditTrailEvent e, Dictionary<string, string> typeNames) => new(
        tenant.ToLocal(e.CreatedUtc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture),
        DateTime.SpecifyKind(e.CreatedUtc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DisplayUser(e),
        AuditTrailLabels.Category(e.Category),
        AuditTrailLabels.Event(e.Category, e.Name),
        e.Category == AuditCategories.Content ? typeNames.GetValueOrDefault(e.ContentType, e.ContentType) : string.Empty,
        e.ContentItemId,
        string.IsNullOrWhiteSpace(e.DisplayText) ? (e.Category == AuditCategories.Content ? "(không có tiêu đề)" : string.Empty) : e.DisplayText,
        e.Details ?? string.Empty,
        e.ClientAddress ?? string.Empty);

    private static string DisplayUser(AuditTrailEvent e)
    {
        if (string.IsNullOrEmpty(e.UserName))
        {
            return "–";
        }

        return e.UserId is null && e.UserName == ContentActor.System.UserName ? "Hệ thống" : e.UserName;
    }

    private static string? CleanFilter(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = SafeText.Normalize(value).Trim();
        return text.Length > MaxFilterLength ? text[..MaxFilterLength] : text;
    }

    /// <summary>Makes <c>%</c>, <c>_</c> and the escape character itself match literally in a LIKE pattern.</summary>
    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
