namespace DanVan.Tenants.Services;

/// <summary>A district's activity: published articles, the last publish date, articles per month (oldest first, 12 months).</summary>
public sealed record TenantStats(int PublishedArticles, DateTime? LastPublishedUtc, IReadOnlyList<int> ArticlesPerMonth, long? DatabaseBytes)
{
    public static readonly TenantStats None = new(0, null, new int[12], null);
}
