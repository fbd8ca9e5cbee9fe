using System.Security.Claims;
using DanVan.Orchard.Modules;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DanVan.Orchard.Audit;

/// <summary>
/// Completes an event with the signed-in user, the client address and the time, and hands it to the handlers of the
/// features on in this tenant (none when the audit trail is off). Never throws into the caller: its change is done.
/// </summary>
public sealed class AuditTrailRecorder(
    FeatureGate features,
    IHttpContextAccessor http,
    TimeProvider clock,
    ILogger<AuditTrailRecorder> logger) : IAuditTrailRecorder
{
    /// <summary>Longest user name kept (a sign-in records what was typed, which can be anything).</summary>
    public const int MaxUserNameLength = 100;

    public async Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        var context = http.HttpContext;
        var user = context?.User;
        var signedIn = user?.Identity?.IsAuthenticated == true;
        var userName = auditEvent.UserName ?? (signedIn ? user!.Identity!.Name : null);
        var entry = new AuditEntry(
            auditEvent,
            auditEvent.UserName is null && signedIn ? user!.FindFirstValue(ClaimTypes.NameIdentifier) : null,
            Cap(userName, MaxUserNameLength),
            context?.Connection.RemoteIpAddress?.ToString(),
            clock.GetUtcNow().UtcDateTime);
        try
        {
            // The change being audited is done: the record must not depend on the client still waiting.
            foreach (var handler in await features.GetEnabledAsync<IAuditEventHandler>(CancellationToken.None))
            {
                await handler.OnAuditEventAsync(entry, CancellationToken.None);
            }
        }
        catch (Exception e)
        {
            AuditLog.RecordFailed(logger, e, auditEvent.Category, auditEvent.Name);
        }
    }

    private static string? Cap(string? text, int length)
    {
        if (text is null || text.Length <= length)
        {
            return text;
        }

        return text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];
    }
}
