using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace DanVan.Orchard.Display;

/// <summary>Queues notices for the next admin page the user sees (after a redirect, or this one).</summary>
public sealed class Notifier(IHttpContextAccessor accessor, ITempDataDictionaryFactory tempDataFactory)
{
    public const string TempDataKey = "DanVan.Notices";
    private bool _added;

    public void Success(string message) => Add(NoticeKind.Success, message);

    public void Information(string message) => Add(NoticeKind.Information, message);

    public void Warning(string message) => Add(NoticeKind.Warning, message);

    public void Error(string message) => Add(NoticeKind.Error, message);

    public void Add(NoticeKind kind, string message)
    {
        _added = true;
        var tempData = TempData();
        var notices = Read(tempData);
        notices.Add(new Notice(kind, message));
        tempData[TempDataKey] = JsonSerializer.Serialize(notices);
    }

    /// <summary>Takes the queued notices (they are shown once).</summary>
    public List<Notice> Take()
    {
        // Loading TempData makes the cookie provider write a (deleting) cookie, and a response with a cookie is never
        // output-cached: so TempData is only opened when this request queued notices or brought some.
        var request = accessor.HttpContext?.Request;
        if (!_added && request is not null && !request.Cookies.Keys.Any(k => k.StartsWith(".AspNetCore.Mvc.CookieTempDataProvider", StringComparison.Ordinal)))
        {
            return [];
        }

        var tempData = TempData();
        var notices = Read(tempData);
        if (notices.Count > 0)
        {
            // Only touched when there is something: an untouched TempData writes no cookie, so public pages stay cacheable.
            tempData.Remove(TempDataKey);
        }

        return notices;
    }

    private ITempDataDictionary TempData() => tempDataFactory.GetTempData(
        accessor.HttpContext ?? throw new InvalidOperationException("Notices need an HTTP request."));

    private static List<Notice> Read(ITempDataDictionary tempData) =>
        tempData.Peek(TempDataKey) is string json ? JsonSerializer.Deserialize<List<Notice>>(json) ?? [] : [];
}
