namespace DanVan.Feedback.Services;

/// <summary>What became of a message the form accepted.</summary>
public enum FeedbackOutcome
{
    /// <summary>Stored as new; the board was notified.</summary>
    Stored,

    /// <summary>The honeypot was filled: stored as spam, nobody notified.</summary>
    Spam,

    /// <summary>The same message came lately from the same sender: not stored twice.</summary>
    Duplicate,
}
