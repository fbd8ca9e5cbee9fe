using System.Security.Cryptography;
using System.Text;
using DanVan.Orchard.Data;
using DanVan.Orchard.Tenancy;
using DanVan.Tenants.ViewModels;

namespace DanVan.Tenants.Services;

/// <summary>
/// API keys for the tenants API, kept in the portal's database as SHA-256 hashes (the key itself is shown once, when
/// issued). A key is a bearer credential for automation; the admin cookie is never accepted by the API.
/// </summary>
public sealed class ApiKeyStore(TenantScopes scopes, ITenantRegistry registry)
{
    public const string DocumentId = "TenantsApiKeys";
    private const string KeyPrefix = "dvk_";

    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken cancellationToken) =>
        (await LoadAsync(cancellationToken)).Keys.Select(k => new ApiKeyInfo(k.Id, k.Name, k.CreatedBy, k.CreatedUtc, k.LastUsedUtc)).ToList();

    /// <summary>Issues a key; returns it in clear, the only time it exists outside the caller.</summary>
    public async Task<string> IssueAsync(string name, string createdBy, CancellationToken cancellationToken)
    {
        var key = KeyPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await ChangeAsync(document => document.Keys.Add(new StoredKey
        {
            Id = Guid.NewGuid().ToString("N")[..12],
            Name = name,
            CreatedBy = createdBy,
            CreatedUtc = DateTime.UtcNow,
            Hash = Hash(key),
        }), cancellationToken);
        return key;
    }

    public Task RevokeAsync(string id, CancellationToken cancellationToken) =>
        ChangeAsync(document => document.Keys.RemoveAll(k => k.Id == id), cancellationToken);

    /// <summary>The name of the key's holder when <paramref name="key"/> is a valid key, otherwise null.</summary>
    public async Task<string?> ValidateAsync(string? key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(key) || !key.StartsWith(KeyPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var hash = Hash(key);
        var stored = (await LoadAsync(cancellationToken)).Keys.FirstOrDefault(k =>
            CryptographicOperations.FixedTimeEquals(Convert.FromHexString(k.Hash), Convert.FromHexString(hash)));
        return stored is null ? null : $"{stored.Name} ({stored.CreatedBy})";
    }

    private static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private Task<KeysDocument> LoadAsync(CancellationToken cancellationToken) =>
        scopes.RunAsync(Portal(), services => services.GetRequiredService<IDocumentStore>().GetAsync<KeysDocument>(DocumentId, cancellationToken));

    private Task ChangeAsync(Action<KeysDocument> change, CancellationToken cancellationToken) =>
        scopes.RunAsync(Portal(), async services =>
        {
            var documents = services.GetRequiredService<IDocumentStore>();
            var current = await documents.GetAsync<KeysDocument>(DocumentId, cancellationToken);
            var copy = new KeysDocument { Keys = current.Keys.Select(k => k with { }).ToList() };
            change(copy);
            await documents.SaveAsync(DocumentId, copy, cancellationToken);
            return true;
        });

    private TenantSettings Portal() => registry.Default ?? throw new InvalidOperationException("There is no Default tenant.");

    private sealed class KeysDocument
    {
        public List<StoredKey> Keys { get; set; } = [];
    }

    private sealed record StoredKey
    {
        public string Id { get; init; } = string.Empty;

        public string Name { get; init; } = string.Empty;

        public string CreatedBy { get; init; } = string.Empty;

        public DateTime CreatedUtc { get; init; }

        public DateTime? LastUsedUtc { get; init; }

        public string Hash { get; init; } = string.Empty;
    }
}
