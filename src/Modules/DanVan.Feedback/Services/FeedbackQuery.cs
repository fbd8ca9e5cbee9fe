using DanVan.Feedback.Data;

namespace DanVan.Feedback.Services;

/// <summary>The moderator's filters, shared by the list and the CSV export.</summary>
public static class FeedbackQuery
{
    public const int MaxQueryLength = 200;

    public static string NormalizeStatus(string? status) => status is "handled" or "spam" or "all" ? status : "new";

    public static IQueryable<FeedbackMessage> Filter(IQueryable<FeedbackMessage> messages, string status, string? query)
    {
        messages = status switch
        {
            "handled" => messages.Where(m => m.Status == FeedbackStatus.Handled),
            "spam" => messages.Where(m => m.Status == FeedbackStatus.Spam),
            "all" => messages,
            _ => messages.Where(m => m.Status == FeedbackStatus.New),
        };

        var text = query?.Trim();
        if (!string.IsNullOrEmpty(text))
        {
            text = text.Length > MaxQueryLength ? text[..MaxQueryLength] : text;
            messages = messages.Where(m => m.Name.Contains(text) || m.Subject.Contains(text) || m.Body.Contains(text) ||
                                           (m.Email != null && m.Email.Contains(text)) || (m.ContentTitle != null && m.ContentTitle.Contains(text)));
        }

        return messages.OrderByDescending(m => m.CreatedUtc);
    }
}
