using DanVan.AuditTrail.Data;
using DanVan.AuditTrail.Models;
using DanVan.Orchard.Audit;
using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.Logging;

namespace DanVan.AuditTrail.Handlers;

/// <summary>Records what the modules report through <see cref="IAuditTrailRecorder"/> (settings, users, media, sign-ins…).</summary>
public sealed class AuditTrailEventHandler(
    AuditTrailDbContext db, AuditTrailRetention retention, TenantContext tenant, ILogger<AuditTrailEventHandler> logger) : IAuditEventHandler
{
    public async Task OnAuditEventAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        var record = new AuditTrailEvent
        {
            Category = TextLimits.Truncate(entry.Event.Category, 50)!,
            Name = TextLimits.Truncate(entry.Event.Name, 50)!,
            DisplayText = TextLimits.Truncate(entry.Event.Subject, AuditTrailEvent.DisplayTextMaxLength),
            Details = TextLimits.Truncate(entry.Event.Details, AuditTrailEvent.DetailsMaxLength),
            ClientAddress = TextLimits.Truncate(entry.ClientAddress, AuditTrailEvent.ClientAddressMaxLength),
            UserId = entry.UserId,
            UserName = TextLimits.Truncate(entry.UserName, 256),
            CreatedUtc = entry.CreatedUtc,
        };

        try
        {
            db.Events.Add(record);
            await db.SaveChangesAsync(CancellationToken.None);
            await retention.PruneIfDueAsync(db, tenant.Settings.Name, CancellationToken.None);
        }
        catch (Exception e)
        {
            AuditTrailLog.EventRecordFailed(logger, e, record.Category, record.Name, record.UserName);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
