using DanVan.Feedback.Data;
using DanVan.Feedback.ViewModels;
using DanVan.Orchard.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Services;

/// <summary>The answers shown under an article: none while the tenant does not allow it, else the chosen ones, oldest first.</summary>
public sealed class PublishedAnswers(IServiceProvider services, IDocumentStore documents)
{
    public const int MaxShown = 20;

    public async Task<IReadOnlyList<PublishedAnswer>> ForAsync(string? contentPath, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(contentPath) ||
            !(await documents.GetAsync<FeedbackSettings>(FeedbackSettings.DocumentId, cancellationToken)).PublishAnswers)
        {
            return [];
        }

        // Resolved only now: under most articles no answer is shown, and a DbContext made for nothing is a good part of
        // a page rendered afresh.
        return await services.GetRequiredService<FeedbackDbContext>().Messages.AsNoTracking()
            .Where(m => m.ContentPath == contentPath && m.IsPublished && m.Reply != null && m.Status != FeedbackStatus.Spam)
            .OrderBy(m => m.CreatedUtc)
            .Take(MaxShown)
            .Select(m => new PublishedAnswer(m.Name, m.Subject, m.Body, m.Reply!, m.CreatedUtc))
            .ToListAsync(cancellationToken);
    }
}
