using System.Security.Cryptography;
using DanVan.Feedback.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Captcha;

/// <summary>
/// The offline "Mã kiểm tra": questions kept in the tenant's database for <see cref="Lifetime"/>, each answerable
/// once. The first check deletes the row; only the check whose delete took the row can succeed, so two nodes (or two
/// posts) never both accept one answer.
/// </summary>
public sealed class CaptchaStore(FeedbackDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public const int CodeLength = 5;

    // No look-alikes (0/O, 1/I/L, 2/Z) and no letters that differ by case only in shape.
    private const string Alphabet = "ABCDEFGHJKMNPRSTUVWXY3456789";

    private static readonly string[] Digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

    /// <summary>A new question: an image code, or (<paramref name="inWords"/>) a small sum written in words.</summary>
    public async Task<CaptchaChallenge> IssueAsync(bool inWords, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;

        // Pruning as we go keeps the table to the questions of the last few minutes, whatever the traffic.
        await db.Challenges.Where(c => c.ExpiresUtc <= now).ExecuteDeleteAsync(cancellationToken);

        string answer;
        string? question = null;
        if (inWords)
        {
            var a = RandomNumberGenerator.GetInt32(1, 10);
            var b = RandomNumberGenerator.GetInt32(1, 10);
            question = $"{Capitalize(Digits[a])} cộng {Digits[b]} bằng mấy?";
            answer = (a + b).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            answer = RandomNumberGenerator.GetString(Alphabet, CodeLength);
        }

        var challenge = new CaptchaChallenge
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            Answer = answer,
            Question = question,
            ExpiresUtc = now + Lifetime,
        };
        db.Challenges.Add(challenge);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(challenge).State = EntityState.Detached;
        return challenge;
    }

    /// <summary>The code of an open image question, for drawing it; null when unknown, answered or expired.</summary>
    public async Task<string?> CodeAsync(string id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Challenges.AsNoTracking()
            .Where(c => c.Id == id && c.Question == null && c.ExpiresUtc > now)
            .Select(c => c.Answer)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Checks the answer once: the question is gone afterwards, right or wrong.</summary>
    public async Task<bool> VerifyAsync(string? id, string? answer, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 32 || string.IsNullOrWhiteSpace(answer))
        {
            return false;
        }

        var challenge = await db.Challenges.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (challenge is null)
        {
            return false;
        }

        var taken = await db.Challenges.Where(c => c.Id == id).ExecuteDeleteAsync(cancellationToken);
        return taken == 1 &&
            challenge.ExpiresUtc > clock.GetUtcNow().UtcDateTime &&
            string.Equals(Normalize(answer), challenge.Answer, StringComparison.Ordinal);
    }

    private static string Normalize(string answer) =>
        new(answer.Where(c => !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant).ToArray());

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
