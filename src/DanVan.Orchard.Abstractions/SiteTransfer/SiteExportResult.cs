using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace DanVan.Orchard.SiteTransfer;

/// <summary>
/// A tenant's export as a download, written to the response as it is made (no length, nothing buffered): a large media
/// library never sits in the server's memory. The caller checks the tenant is Running first.
/// </summary>
public sealed class SiteExportResult(string tenantName, SiteExportOptions options) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var http = context.HttpContext;
        var response = http.Response;
        response.ContentType = "application/zip";
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileNameStar = SiteExportFiles.FileName(tenantName, DateTime.UtcNow),
        }.ToString();
        response.Headers.CacheControl = "no-store";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await http.RequestServices.GetRequiredService<ISiteExporter>().ExportAsync(tenantName, response.Body, options, http.RequestAborted);
    }
}
