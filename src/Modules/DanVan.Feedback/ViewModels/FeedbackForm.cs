namespace DanVan.Feedback.ViewModels;

/// <summary>What the reader posts. <see cref="Website"/> is the honeypot: hidden from people, filled by robots.</summary>
public sealed class FeedbackForm
{
    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Subject { get; set; }

    public string? Body { get; set; }

    public string? Website { get; set; }

    /// <summary>The article or meeting report's path (<c>tin-tuc/…</c>) when written under one.</summary>
    public string? ContentPath { get; set; }

    public string? CaptchaId { get; set; }

    public string? CaptchaAnswer { get; set; }
}
