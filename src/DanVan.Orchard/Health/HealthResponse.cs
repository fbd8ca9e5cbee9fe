using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace DanVan.Orchard.Health;

/// <summary>
/// The body of the health endpoints: the overall status; each check's status (never its description, error or host)
/// only for an operator on the node (<see cref="HealthDetailReaders"/>) — which services a node uses and which is
/// down is nobody else's business.
/// </summary>
public static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var options = context.RequestServices.GetRequiredService<IOptions<HealthOptions>>().Value;
        object body = options.ChecksForLocalOperator && HealthDetailReaders.MaySeeChecks(context)
            ? new { status = report.Status.ToString(), checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()) }
            : new { status = report.Status.ToString() };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
