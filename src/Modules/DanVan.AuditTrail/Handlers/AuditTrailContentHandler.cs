using DanVan.AuditTrail.Data;
using DanVan.AuditTrail.Models;
using DanVan.Orchard.Contents;
using Microsoft.Extensions.Logging;

namespace DanVan.AuditTrail.Handlers;

/// <summary>
/// Records each content change of a tenant, one row per event (only tenants with the audit trail on call it: see
/// <see cref="DanVan.Orchard.Modules.FeatureGate"/>). The change is already
/// stored when this runs, so a failure to record it is logged rather than turned into an error for the editor, and a
/// request aborted in between does not lose the record.
/// </summary>
public sealed class AuditTrailContentHandler(
    AuditTrailDbContext db,
    ILogger<AuditTrailContentHandler> logger) : IContentEventHandler
{
    public async Task OnContentEventAsync(ContentEventKind kind, ContentItem item, ContentActor actor, CancellationToken cancellationToken)
    {
        // The content change is committed; recording it must not depend on the client still waiting.
        var none = CancellationToken.None;

        var record = new AuditTrailEvent
        {
            Category = AuditTrailEvent.ContentCategory,
            Name = kind.ToString(),
            ContentItemId = item.ContentItemId,
            ContentItemVersionId = item.ContentItemVersionId,
            ContentType = item.ContentType,
            DisplayText = TextLimits.Truncate(item.DisplayText, AuditTrailEvent.DisplayTextMaxLength),
            UserId = actor.UserId,
            UserName = actor.UserName,
            CreatedUtc = DateTime.UtcNow,
        };

        try
        {
            db.Events.Add(record);
            await db.SaveChangesAsync(none);
        }
        catch (Exception e)
        {
            AuditTrailLog.RecordFailed(logger, e, record.Name, record.ContentItemId, record.UserName);
        }
        finally
        {
            // Rows are written once and never updated: keep nothing tracked between events of the same scope.
            db.ChangeTracker.Clear();
        }
    }
}
