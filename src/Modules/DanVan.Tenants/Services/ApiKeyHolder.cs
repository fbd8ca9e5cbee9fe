namespace DanVan.Tenants.Services;

/// <summary>Who an API key was issued to, as the API logs it, and when the key was last noted as used.</summary>
public sealed record ApiKeyHolder(string Id, string Name, string CreatedBy, DateTime? LastUsedUtc)
{
    public override string ToString() => $"{Name} ({CreatedBy})";
}
