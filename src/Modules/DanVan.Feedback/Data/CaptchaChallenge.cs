namespace DanVan.Feedback.Data;

/// <summary>
/// One captcha question handed to a reader, kept in the tenant's database so any node sharing it can check the
/// answer. It is deleted by the first check (right or wrong): an answer works once.
/// </summary>
public sealed class CaptchaChallenge
{
    public required string Id { get; init; }

    /// <summary>The expected answer: the code drawn in the image, or the number answering the question in words.</summary>
    public required string Answer { get; init; }

    /// <summary>The question in words for readers who cannot see the image; null for an image code.</summary>
    public string? Question { get; init; }

    public DateTime ExpiresUtc { get; init; }
}
