namespace DanVan.Feedback.Services;

/// <summary>The tenant's choices about feedback beyond the captcha.</summary>
public sealed class FeedbackSettings
{
    public const string DocumentId = "FeedbackSettings";

    /// <summary>Whether chosen messages may be shown with the board's answer under their article; off by default.</summary>
    public bool PublishAnswers { get; set; }
}
