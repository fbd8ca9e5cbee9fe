namespace DanVan.Orchard.Audit;

/// <summary>Hears the events of <see cref="IAuditTrailRecorder"/> (only in tenants where its feature is on).</summary>
public interface IAuditEventHandler
{
    Task OnAuditEventAsync(AuditEntry entry, CancellationToken cancellationToken);
}
