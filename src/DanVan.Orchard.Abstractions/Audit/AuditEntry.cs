namespace DanVan.Orchard.Audit;

/// <summary>An <see cref="AuditEvent"/> as recorded: with who did it, from which client address, and when.</summary>
public sealed record AuditEntry(
    AuditEvent Event,
    string? UserId,
    string? UserName,
    string? ClientAddress,
    DateTime CreatedUtc);
