namespace DanVan.Feedback.Data;

/// <summary>
/// One message a reader sent to the board. Stored as the reader typed it (plain text, NFC): it is never HTML, and
/// every page, export and e-mail that shows it escapes it.
/// </summary>
public sealed class FeedbackMessage
{
    public const int NameMaxLength = 100;
    public const int EmailMaxLength = 254;
    public const int PhoneMaxLength = 20;
    public const int SubjectMaxLength = 200;
    public const int BodyMaxLength = 5000;
    public const int TitleMaxLength = 300;
    public const int PathMaxLength = 400;

    public required string Id { get; init; }

    public DateTime CreatedUtc { get; init; }

    public required string Name { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public required string Subject { get; init; }

    public required string Body { get; init; }

    /// <summary>The article or meeting report the message was written under (its path, e.g. <c>tin-tuc/…</c>), or null from /gop-y.</summary>
    public string? ContentPath { get; init; }

    public string? ContentTitle { get; init; }

    public FeedbackStatus Status { get; set; }

    /// <summary>The client's address, for duplicate detection and the moderator's judgement.</summary>
    public string? ClientAddress { get; init; }

    /// <summary>A hash of name, subject and body: the same message sent again is recognised.</summary>
    public required string Fingerprint { get; init; }

    public DateTime? HandledUtc { get; set; }

    public string? HandledBy { get; set; }

    public string? Reply { get; set; }

    public DateTime? RepliedUtc { get; set; }

    /// <summary>Shown with the board's reply under its article (only while the tenant allows it: off by default).</summary>
    public bool IsPublished { get; set; }
}
