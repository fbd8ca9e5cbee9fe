using DanVan.Feedback.Data;
using DanVan.Feedback.ViewModels;
using DanVan.Orchard.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Services;

/// <summary>The answers shown under an article: none while the tenant does not allow it, else the chosen ones, oldest first.</summary>
public sealed class PublishedAnswers(FeedbackDbContext db, IDocumentStore documents)
{
    public const int MaxShown = 20;

    public async Task<IReadOnlyList<PublishedAnswer>> ForAsync(string? contentPath, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(contentPath) ||
            !(await documents.GetAsync<FeedbackSettings>(FeedbackSettings.DocumentId, cancellationToken)).PublishAnswers)
        {
            return [];
        }

        return await db.Messages.AsNoTracking()
            .Where(m => m.ContentPath == contentPath && m.IsPublished && m.Reply != null && m.Status != FeedbackStatus.Spam)
            .OrderBy(m => m.CreatedUtc)
            .Take(MaxShown)
            .Select(m => new PublishedAnswer(m.Name, m.Subject, m.Body, m.Reply!, m.CreatedUtc))
            .ToListAsync(cancellationToken);
    }
}
