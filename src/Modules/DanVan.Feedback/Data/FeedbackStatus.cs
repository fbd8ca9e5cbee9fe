namespace DanVan.Feedback.Data;

/// <summary>Where a reader's message is in the board's work.</summary>
public enum FeedbackStatus
{
    New = 0,
    Handled = 1,
    Spam = 2,
}
