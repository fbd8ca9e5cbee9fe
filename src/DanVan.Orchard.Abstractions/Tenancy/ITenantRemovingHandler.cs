namespace DanVan.Orchard.Tenancy;

/// <summary>
/// A module's part in removing a tenant for good: deletes what the module keeps for the tenant outside its database
/// (e.g. Media: its files in the media store). Every handler runs, whatever the tenant's features: a feature turned
/// off later may have left data behind.
/// </summary>
/// <remarks>
/// Removal is all-or-nothing from the operator's view: first every handler's <see cref="PrepareRemovingAsync"/> runs,
/// before anything is deleted, and any of them may refuse; only then the database is deleted and every
/// <see cref="RemovingAsync"/> runs, before the tenant's folder and entry go.
/// </remarks>
public interface ITenantRemovingHandler
{
    /// <summary>
    /// Before anything is deleted: refuses the removal with a <see cref="TenantValidationException"/> (something the
    /// module needs is held elsewhere), or takes and returns what the removal needs to hold until it ends (a lock), so
    /// <see cref="RemovingAsync"/> cannot be refused later. The hold is disposed when the removal ends, done or not.
    /// </summary>
    Task<IAsyncDisposable?> PrepareRemovingAsync(TenantSettings tenant, CancellationToken cancellationToken) => Task.FromResult<IAsyncDisposable?>(null);

    /// <summary>Deletes the module's data of the tenant; called after the tenant's database is deleted.</summary>
    Task RemovingAsync(TenantSettings tenant, CancellationToken cancellationToken);
}
