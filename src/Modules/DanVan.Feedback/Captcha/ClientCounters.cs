using System.Security.Cryptography;
using System.Text;
using DanVan.Feedback.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Captcha;

/// <summary>
/// Counts per client address or typed user name, each in a fixed window from its first event. One upsert statement
/// adds to a count, so posts on several nodes sharing the database all count; expired rows are pruned as we go.
/// </summary>
public sealed class ClientCounters(FeedbackDbContext db, TimeProvider clock)
{
    public const string SignInName = "signin-name";
    public const string SignInAddress = "signin-address";
    public const string FormPostAddress = "post-address";

    /// <summary>Adds one to the count of <paramref name="kind"/> for <paramref name="value"/>, starting a window of <paramref name="window"/> if none is open.</summary>
    public async Task AddAsync(string kind, string value, TimeSpan window, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var key = Key(kind, value);
        var expires = now + window;
        await db.Counters.Where(c => c.ExpiresUtc <= now).ExecuteDeleteAsync(cancellationToken);
        // Standard upsert, names quoted and the stored row's columns qualified (PostgreSQL finds a bare "Count" ambiguous
        // with excluded's): the same statement on SQLite and PostgreSQL.
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "ClientCounters" ("Key", "Count", "ExpiresUtc") VALUES ({key}, 1, {expires})
            ON CONFLICT ("Key") DO UPDATE SET
                "Count" = CASE WHEN "ClientCounters"."ExpiresUtc" <= {now} THEN 1 ELSE "ClientCounters"."Count" + 1 END,
                "ExpiresUtc" = CASE WHEN "ClientCounters"."ExpiresUtc" <= {now} THEN {expires} ELSE "ClientCounters"."ExpiresUtc" END
            """, cancellationToken);
    }

    /// <summary>The count in the open window, 0 when none is open.</summary>
    public async Task<int> GetAsync(string kind, string value, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var key = Key(kind, value);
        return await db.Counters.AsNoTracking().Where(c => c.Key == key && c.ExpiresUtc > now).Select(c => c.Count).FirstOrDefaultAsync(cancellationToken);
    }

    public Task ClearAsync(string kind, string value, CancellationToken cancellationToken)
    {
        var key = Key(kind, value);
        return db.Counters.Where(c => c.Key == key).ExecuteDeleteAsync(cancellationToken);
    }

    private static string Key(string kind, string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(kind + "\n" + value)));
}
