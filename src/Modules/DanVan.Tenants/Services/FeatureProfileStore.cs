using DanVan.Orchard.Data;
using DanVan.Orchard.Tenancy;

namespace DanVan.Tenants.Services;

/// <summary>The feature profiles, kept in the portal's database and read by any tenant that is assigned one.</summary>
public sealed class FeatureProfileStore(TenantScopes scopes, ITenantRegistry registry)
{
    public const string DocumentId = "FeatureProfiles";

    public async Task<IReadOnlyList<FeatureProfile>> ListAsync(CancellationToken cancellationToken) =>
        (await LoadAsync(cancellationToken)).Profiles;

    public async Task<FeatureProfile?> FindAsync(string name, CancellationToken cancellationToken) =>
        (await LoadAsync(cancellationToken)).Profiles.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    public Task SaveAsync(FeatureProfile profile, CancellationToken cancellationToken) => ChangeAsync(profiles =>
    {
        profiles.RemoveAll(p => string.Equals(p.Name, profile.Name, StringComparison.OrdinalIgnoreCase));
        profiles.Add(profile);
    }, cancellationToken);

    public Task DeleteAsync(string name, CancellationToken cancellationToken) =>
        ChangeAsync(profiles => profiles.RemoveAll(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)), cancellationToken);

    private Task<ProfilesDocument> LoadAsync(CancellationToken cancellationToken) =>
        registry.Default is { State: TenantState.Running } portal
            ? scopes.RunAsync(portal, services => services.GetRequiredService<IDocumentStore>().GetAsync<ProfilesDocument>(DocumentId, cancellationToken))
            : Task.FromResult(new ProfilesDocument());

    private Task ChangeAsync(Action<List<FeatureProfile>> change, CancellationToken cancellationToken)
    {
        var portal = registry.Default ?? throw new InvalidOperationException("There is no Default tenant.");
        return scopes.RunAsync(portal, async services =>
        {
            var documents = services.GetRequiredService<IDocumentStore>();
            var profiles = (await documents.GetAsync<ProfilesDocument>(DocumentId, cancellationToken)).Profiles.ToList();
            change(profiles);
            await documents.SaveAsync(DocumentId, new ProfilesDocument { Profiles = profiles }, cancellationToken);
            return true;
        });
    }

    private sealed class ProfilesDocument
    {
        public List<FeatureProfile> Profiles { get; set; } = [];
    }
}
