namespace DanVan.Feedback.ViewModels;

/// <summary>The /gop-y page: the reader's text, the errors next to each field and the captcha to answer.</summary>
public sealed class FeedbackPageViewModel
{
    public required FeedbackForm Form { get; init; }

    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    /// <summary>The article's title when written under one.</summary>
    public string? ContentTitle { get; init; }

    public required CaptchaViewModel Captcha { get; init; }

    public string? Error(string field) => Errors.GetValueOrDefault(field);
}
