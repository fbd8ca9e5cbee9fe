using System.Globalization;
using DanVan.Orchard.Tenancy;
using DanVan.Search.Indexing;
using DanVan.Search.Querying;
using DanVan.Search.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DanVan.Search.Controllers;

/// <summary>
/// <c>/tim-kiem?q=</c>: the reader's search, 10 a page, with filters by type, category and dates (dd/MM/yyyy) and a
/// sort by relevance or newest; on the portal over every running district too. Not output-cached: results change as
/// the index catches up, which the page cache's content generation does not follow.
/// </summary>
public sealed class SearchController(
    SearchService search,
    PortalSearch portal,
    SearchDocumentBuilder documents,
    TenantContext tenant,
    ITenantRegistry registry,
    IOptions<SearchOptions> options) : Controller
{
    public const int PageSize = 10;

    private const int RetryAfterSeconds = 30;

    [HttpGet("/tim-kiem")]
    public async Task<IActionResult> Index(
        string? q, string? loai, string? chuyenmuc, string? tu, string? den, string? sapxep, string? huyen, int trang = 1,
        CancellationToken cancellationToken = default)
    {
        q = q?.Trim() ?? string.Empty;
        var page = Math.Clamp(trang, 1, 1000);
        var types = await documents.GetIndexedTypesAsync(cancellationToken);
        var type = !string.IsNullOrEmpty(loai) && types.Contains(loai) ? loai : null;
        var category = string.IsNullOrWhiteSpace(chuyenmuc) ? null : chuyenmuc.Trim();
        var district = tenant.IsDefault && !string.IsNullOrWhiteSpace(huyen) ? huyen.Trim() : null;
        var newest = sapxep == "moi-nhat";

        string? message = null;
        var from = ParseDate(tu, ref message);
        var to = ParseDate(den, ref message);
        if (q.Length > options.Value.MaxQueryLength)
        {
            message = $"Từ cần tìm quá dài: tối đa {options.Value.MaxQueryLength} ký tự.";
        }

        // A query too long is never parsed: the message is all it costs.
        var request = new SearchRequest(ReaderQuery.Parse(message is null ? q : string.Empty), type, category, from, EndOfDay(to), newest, page, PageSize);
        var searched = q.Length > 0 || SearchService.HasFilter(request) || district is not null;
        SearchResults results;
        IReadOnlyList<(string Slug, string Name)> categories;
        try
        {
            results = message is not null
                ? SearchResults.Refused(message)
                : !searched
                    ? new SearchResults(0, [])
                    : tenant.IsDefault
                        ? await portal.SearchAsync(request, await search.GetSettingsAsync(cancellationToken), district, cancellationToken)
                        : await search.SearchAsync(request, cancellationToken);
            categories = tenant.IsDefault ? [] : await search.GetCategoriesAsync(cancellationToken);
        }
        catch (SearchIndexHeldException)
        {
            // The CLI (tenants search-rebuild) is rebuilding this district's index: a moment, not an error.
            Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            var busy = View("~/Views/Search/Index.cshtml", new SearchPageModel
            {
                Query = q,
                Searched = true,
                Message = "Chỉ mục tìm kiếm đang được xây lại. Xin vui lòng thử lại sau ít phút.",
                IsPortal = tenant.IsDefault,
            });
            busy.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return busy;
        }

        var model = new SearchPageModel
        {
            Query = q,
            Type = type,
            Category = category,
            From = tu,
            To = den,
            Newest = newest,
            District = district,
            Page = page,
            PageCount = Math.Max(1, (results.Total + PageSize - 1) / PageSize),
            Total = results.Total,
            Updating = results.Updating,
            Searched = searched,
            Message = results.Message,
            Hits = results.Hits.Select(ToView).ToList(),
            Types = types.All.Select(t => (t.Key, t.Value)).OrderBy(t => t.Value, StringComparer.Ordinal).ToList(),
            Categories = categories.Select(c => (c.Slug, c.Name)).ToList(),
            Districts = tenant.IsDefault
                ? registry.All.Where(t => !t.IsDefault && t.State == TenantState.Running).Select(t => (t.Name, t.DisplayName ?? t.Name)).ToList()
                : [],
            IsPortal = tenant.IsDefault,
        };
        return View("~/Views/Search/Index.cshtml", model);
    }

    [HttpGet("/tim-kiem/opensearch.xml")]
    public IActionResult OpenSearch()
    {
        var name = string.IsNullOrWhiteSpace(tenant.Site.SiteName) ? tenant.Settings.DisplayName ?? tenant.Settings.Name : tenant.Site.SiteName;
        var template = HttpContext.PublicUrl("~/tim-kiem") + "?q={searchTerms}";
        var xml = new System.Xml.Linq.XDocument(
            new System.Xml.Linq.XElement(OpenSearchNs + "OpenSearchDescription",
                new System.Xml.Linq.XElement(OpenSearchNs + "ShortName", Cut(name, 16)),
                new System.Xml.Linq.XElement(OpenSearchNs + "Description", "Tìm kiếm trên " + name),
                new System.Xml.Linq.XElement(OpenSearchNs + "InputEncoding", "UTF-8"),
                new System.Xml.Linq.XElement(OpenSearchNs + "Language", "vi-VN"),
                new System.Xml.Linq.XElement(OpenSearchNs + "Url", new System.Xml.Linq.XAttribute("type", "text/html"), new System.Xml.Linq.XAttribute("template", template))));
        return Content(xml.Declaration + xml.ToString(), "application/opensearchdescription+xml; charset=utf-8");
    }

    private static readonly System.Xml.Linq.XNamespace OpenSearchNs = "http://a9.com/-/spec/opensearch/1.1/";

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];

    /// <summary>The last tick of the day that starts at <paramref name="start"/>; the last day of the calendar has no next day.</summary>
    private static DateTime? EndOfDay(DateTime? start) =>
        start is not { } day ? null : day >= DateTime.MaxValue.AddDays(-1) ? DateTime.MaxValue : day.AddDays(1).AddTicks(-1);

    private DateTime? ParseDate(string? text, ref string? message)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateTime.TryParseExact(text.Trim(), "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) ||
            DateTime.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out local))
        {
            // The first and last days of the calendar have no other side in UTC: they stay the calendar's ends.
            var offset = tenant.TimeZone.GetUtcOffset(local);
            var ticks = local.Ticks - offset.Ticks;
            return ticks < DateTime.MinValue.Ticks ? DateTime.MinValue
                : ticks > DateTime.MaxValue.Ticks ? DateTime.MaxValue
                : TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), tenant.TimeZone);
        }

        message = $"Ngày \"{text}\" không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ 02/09/2026.";
        return null;
    }

    private SearchHitView ToView(SearchHit hit)
    {
        var date = tenant.FormatDate(hit.PublishedUtc);
        if (hit.Tenant is null || registry.Find(hit.Tenant) is not { } owner || owner.IsDefault)
        {
            return new SearchHitView(hit, Url.Content("~/" + hit.Url), date, hit.Tenant is null ? null : tenant.Settings.DisplayName ?? "Cổng tỉnh");
        }

        var href = owner.RequestUrlPrefix is { } prefix
            ? $"{Request.PathBase}/{prefix}/{hit.Url}"
            : $"//{owner.Hosts.First()}/{hit.Url}";
        return new SearchHitView(hit, href, date, owner.DisplayName ?? owner.Name);
    }
}
