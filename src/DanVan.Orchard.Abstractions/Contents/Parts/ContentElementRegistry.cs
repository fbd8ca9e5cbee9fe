using DanVan.Orchard.Modules;

namespace DanVan.Orchard.Contents.Parts;

/// <summary>Finds the current tenant's active parts and field types (see <see cref="ContentElements"/>).</summary>
public sealed class ContentElementRegistry(IEnumerable<ContentElementRegistration> registrations, FeatureManager features, IServiceProvider services)
{
    public async Task<ContentElements> GetAsync(CancellationToken cancellationToken) =>
        new(registrations, await features.GetEnabledAsync(cancellationToken), services);
}
