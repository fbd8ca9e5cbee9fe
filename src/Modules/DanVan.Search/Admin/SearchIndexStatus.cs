namespace DanVan.Search.Admin;

/// <summary>What the status page and the provincial dashboard show of one tenant's index.</summary>
public sealed record SearchIndexStatus(int? Documents, int Pending, DateTime? LastUpdatedUtc, (int Done, int Total)? Rebuilding, bool Open);
