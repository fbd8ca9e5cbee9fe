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
public sealed class ApiKeyStore(TenantScopes scopes, ITenantRegistry registry, TimeProvider clock)
{
    public const string DocumentId = "TenantsApiKeys";
    private const string KeyPrefix = "dvk_";

    /// <summary>A key's last use is written at most this often, so the API's hot path does not write on every call.</summary>
    public static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    // Read-change-write of the one keys document: a last-use write must not bring back a key revoked meanwhile.
    private readonly SemaphoreSlim _writes = new(1, 1);

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
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            Hash = Hash(key),
        }), cancellationToken);
        return key;
    }

    public Task RevokeAsync(string id, CancellationToken cancellationToken) =>
        ChangeAsync(document => document.Keys.RemoveAll(k => k.Id == id), cancellationToken);

    /// <summary>The key's holder when <paramref name="key"/> is a valid (issued, not revoked) key, otherwise null.</summary>
    public async Task<ApiKeyHolder?> ValidateAsync(string? key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(key) || !key.StartsWith(KeyPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var hash = Convert.FromHexString(Hash(key));
        var stored = (await LoadAsync(cancellationToken)).Keys.FirstOrDefault(k =>
            CryptographicOperations.FixedTimeEquals(Convert.FromHexString(k.Hash), hash));
        return stored is null ? null : new ApiKeyHolder(stored.Id, stored.Name, stored.CreatedBy, stored.LastUsedUtc);
    }

    /// <summary>
    /// Notes that the key was just used, unless that was already noted less than <see cref="LastUsedPrecision"/> ago.
    /// Returns whether it wrote.
    /// </summary>
    public async Task<bool> RecordUseAsync(ApiKeyHolder holder, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (holder.LastUsedUtc is { } last && now - last < LastUsedPrecision)
        {
            return false;
        }

        var written = false;
        await ChangeAsync(document =>
        {
            var index = document.Keys.FindIndex(k => k.Id == holder.Id);
            // Checked again on the current document: concurrent calls with the same key write once, a revoked key not at all.
            if (index >= 0 && (document.Keys[index].LastUsedUtc is not { } current || now - current >= LastUsedPrecision))
            {
                document.Keys[index] = document.Keys[index] with { LastUsedUtc = now };
                written = true;
            }

            return written;
        }, cancellationToken);
        return written;
    }

    private static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private Task<KeysDocument> LoadAsync(CancellationToken cancellationToken) =>
        scopes.RunAsync(Portal(), services => services.GetRequiredService<IDocumentStore>().GetAsync<KeysDocument>(DocumentId, cancellationToken));

    private Task ChangeAsync(Action<KeysDocument> change, CancellationToken cancellationToken) =>
        ChangeAsync(document =>
        {
            change(document);
            return true;
        }, cancellationToken);

    /// <summary>Applies <paramref name="change"/> to a copy of the document and saves it when the change says it changed something.</summary>
    private async Task ChangeAsync(Func<KeysDocument, bool> change, CancellationToken cancellationToken)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            await scopes.RunAsync(Portal(), async services =>
            {
                var documents = services.GetRequiredService<IDocumentStore>();
                var current = await documents.GetAsync<KeysDocument>(DocumentId, cancellationToken);
                var copy = new KeysDocument { Keys = current.Keys.Select(k => k with { }).ToList() };
                if (change(copy))
                {
                    await documents.SaveAsync(DocumentId, copy, cancellationToken);
                }

                return true;
            });
        }
        finally
        {
            _writes.Release();
        }
    }

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
