namespace DanVan.Orchard.Audit;

/// <summary>
/// Where modules report what the audit trail should keep. Recording never fails the caller (the change is done), and
/// does nothing in a tenant whose audit trail is off: modules raise events without knowing whether anyone listens.
/// </summary>
public interface IAuditTrailRecorder
{
    Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken);
}
