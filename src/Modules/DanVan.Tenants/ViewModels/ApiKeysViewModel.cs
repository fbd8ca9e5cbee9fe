namespace DanVan.Tenants.ViewModels;

public sealed record ApiKeyInfo(string Id, string Name, string CreatedBy, DateTime CreatedUtc, DateTime? LastUsedUtc);

public sealed record ApiKeysViewModel(IReadOnlyList<ApiKeyInfo> Keys, string? NewKey);
