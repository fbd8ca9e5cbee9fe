namespace DanVan.Email.Outbox;

/// <summary>A tenant's outbox at a glance.</summary>
public sealed record OutboxSummary(int Waiting, int Failed, string? LastError, string? WhyNotSending);
