using DanVan.Orchard.Data;

namespace DanVan.Orchard.Modules;

/// <summary>Enables and disables features of the current tenant; takes effect on the next request.</summary>
public sealed class FeatureManager(IDocumentStore documents, FeatureCatalog catalog, Tenancy.TenantContext tenant)
{
    public async Task<IReadOnlySet<string>> GetEnabledAsync(CancellationToken cancellationToken)
    {
        var descriptor = await documents.GetAsync<ShellDescriptor>(ShellDescriptor.DocumentId, cancellationToken);
        return descriptor.EnabledSet();
    }

    public async Task<bool> IsEnabledAsync(string featureId, CancellationToken cancellationToken) =>
        (await GetEnabledAsync(cancellationToken)).Contains(featureId);

    /// <summary>Enables the features and their dependencies; returns what was newly enabled.</summary>
    public async Task<IReadOnlySet<string>> EnableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken)
    {
        var enabled = await GetEnabledAsync(cancellationToken);
        var wanted = catalog.WithDependencies(featureIds);
        if (!tenant.IsDefault && wanted.Select(catalog.Find).FirstOrDefault(f => f!.DefaultTenantOnly) is { } portalOnly)
        {
            throw new InvalidOperationException($"The feature '{portalOnly.Id}' is for the provincial portal (the Default tenant) only.");
        }

        var added = wanted.Where(id => !enabled.Contains(id)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (added.Count > 0)
        {
            await SaveAsync(enabled.Concat(added), cancellationToken);
        }

        return added;
    }

    /// <summary>
    /// Disables the features and every enabled feature depending on them; returns what was disabled. Refuses if that
    /// would turn off an always-enabled feature.
    /// </summary>
    public async Task<IReadOnlySet<string>> DisableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken)
    {
        var enabled = await GetEnabledAsync(cancellationToken);
        var removed = catalog.WithDependents(featureIds, enabled).Where(enabled.Contains).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (removed.Select(catalog.Find).FirstOrDefault(f => f!.IsAlwaysEnabled) is { } alwaysOn)
        {
            throw new InvalidOperationException($"The feature '{alwaysOn.Id}' is always enabled and cannot be disabled.");
        }

        if (removed.Count > 0)
        {
            await SaveAsync(enabled.Where(id => !removed.Contains(id)), cancellationToken);
        }

        return removed;
    }

    private Task SaveAsync(IEnumerable<string> features, CancellationToken cancellationToken) =>
        documents.SaveAsync(
            ShellDescriptor.DocumentId,
            new ShellDescriptor { Features = features.Order(StringComparer.OrdinalIgnoreCase).ToList() },
            cancellationToken);
}
