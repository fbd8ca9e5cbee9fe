namespace DanVan.Feedback;

/// <summary>The <c>DanVan:Feedback:RateLimit</c> section.</summary>
public sealed class FeedbackRateLimitOptions
{
    public const string SectionName = "DanVan:Feedback:RateLimit";

    public int PermitLimit { get; set; } = 5;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>New codes ("Đổi mã khác", the form carried from an article) and code images, per tenant and address in <see cref="Window"/>.</summary>
    public int CaptchaPermitLimit { get; set; } = 20;
}
