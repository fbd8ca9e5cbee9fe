using System.Security.Cryptography;
using System.Text;
using DanVan.Feedback.Data;
using DanVan.Feedback.ViewModels;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Email;
using DanVan.Orchard.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DanVan.Feedback.Services;

/// <summary>
/// Takes in a checked message: spam and repeats are recognised, a new message is stored and the board's address (the
/// site settings' contact e-mail) gets a notice through the outbox, in the same transaction.
/// </summary>
public sealed class FeedbackInbox(
    FeedbackDbContext db,
    IEmailOutbox outbox,
    IContentManager contents,
    IEnumerable<IContentTypeDisplay> displays,
    TenantContext tenant,
    TimeProvider clock)
{
    /// <summary>The same text from the same sender within this time is a repeat.</summary>
    public static readonly TimeSpan DuplicateWindow = TimeSpan.FromHours(24);

    /// <summary>The published article or meeting report at <paramref name="path"/>, as (path, title), or null.</summary>
    public async Task<(string Path, string Title)?> FindContentAsync(string? path, CancellationToken cancellationToken)
    {
        path = path?.Trim().Trim('/').ToLowerInvariant();
        if (string.IsNullOrEmpty(path) || path.Length > FeedbackMessage.PathMaxLength)
        {
            return null;
        }

        foreach (var display in displays.Where(d => path.StartsWith(d.PathPrefix, StringComparison.Ordinal)))
        {
            var item = await contents.GetPublishedByPathAsync(display.ContentType, path, cancellationToken);
            if (item is not null)
            {
                var title = item.DisplayText ?? path;
                return (path, title.Length > FeedbackMessage.TitleMaxLength ? title[..FeedbackMessage.TitleMaxLength] : title);
            }
        }

        return null;
    }

    public async Task<FeedbackOutcome> ReceiveAsync(FeedbackForm form, string? clientAddress, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var content = await FindContentAsync(form.ContentPath, cancellationToken);
        var spam = !string.IsNullOrEmpty(form.Website);
        var fingerprint = Fingerprint(form);

        var since = now - DuplicateWindow;
        if (await db.Messages.AnyAsync(m => m.Fingerprint == fingerprint && m.CreatedUtc > since, cancellationToken))
        {
            return FeedbackOutcome.Duplicate;
        }

        var message = new FeedbackMessage
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            CreatedUtc = now,
            Name = form.Name!,
            Email = form.Email,
            Phone = form.Phone,
            Subject = form.Subject!,
            Body = form.Body!,
            ContentPath = content?.Path,
            ContentTitle = content?.Title,
            Status = spam ? FeedbackStatus.Spam : FeedbackStatus.New,
            ClientAddress = clientAddress,
            Fingerprint = fingerprint,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Messages.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        var board = tenant.Site.ContactEmail?.Trim();
        if (!spam && !string.IsNullOrEmpty(board))
        {
            await outbox.EnqueueAsync(FeedbackEmails.Notice(message, board, SiteName()), transaction.GetDbTransaction(), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return spam ? FeedbackOutcome.Spam : FeedbackOutcome.Stored;
    }

    private string SiteName() =>
        !string.IsNullOrWhiteSpace(tenant.Site.SiteName) ? tenant.Site.SiteName :
        string.IsNullOrWhiteSpace(tenant.Settings.DisplayName) ? tenant.Settings.Name : tenant.Settings.DisplayName;

    // Sender and text: the same message posted twice (a double click, a reload of the POST) is one message.
    private static string Fingerprint(FeedbackForm form) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f',
            form.Name, form.Email, form.Subject, form.Body, form.ContentPath))));
}
