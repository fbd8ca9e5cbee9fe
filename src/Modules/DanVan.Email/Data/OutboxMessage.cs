namespace DanVan.Email.Data;

/// <summary>
/// One e-mail in a tenant's outbox, written whole (rendered subject and bodies, its Message-ID) when it is queued, so
/// every attempt sends exactly the same message.
/// </summary>
public sealed class OutboxMessage
{
    public const int AddressMaxLength = 254;
    public const int SubjectMaxLength = 250;
    public const int ErrorMaxLength = 1000;

    public required string Id { get; init; }

    /// <summary>The Message-ID header (without angle brackets): the same on every attempt, so a repeat can be recognised.</summary>
    public required string MessageId { get; init; }

    public required string To { get; init; }

    public string? Template { get; init; }

    public required string Subject { get; init; }

    public required string TextBody { get; init; }

    public string? HtmlBody { get; init; }

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTime CreatedUtc { get; init; }

    public DateTime NextAttemptUtc { get; set; }

    public DateTime? LastAttemptUtc { get; set; }

    public DateTime? SentUtc { get; set; }

    public string? LastError { get; set; }

    /// <summary>Which sender (a node's batch) holds the message now; with <see cref="LeaseExpiresUtc"/>, no other node sends it.</summary>
    public string? LeaseToken { get; set; }

    public DateTime? LeaseExpiresUtc { get; set; }
}
