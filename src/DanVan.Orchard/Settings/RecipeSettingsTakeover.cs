using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using DanVan.Orchard.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Orchard.Settings;

/// <inheritdoc />
public sealed class RecipeSettingsTakeover(SiteService sites, TenantContext tenant) : IRecipeSettingsTakeover
{
    // One takeover of a group at a time in this process, per tenant.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.OrdinalIgnoreCase);

    public async Task TakeOverAsync(string group, string documentId, Func<JsonObject, CancellationToken, Task> save, CancellationToken cancellationToken)
    {
        if ((await sites.GetAsync(cancellationToken)).Properties[group] is not JsonObject)
        {
            return;
        }

        var gate = Gates.GetOrAdd(tenant.Settings.Name + "|" + group, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var site = await sites.GetAsync(cancellationToken);
            if (site.Properties[group] is not JsonObject found)
            {
                return;
            }

            await save(found, cancellationToken);
            var copy = site.Clone();
            copy.Properties.Remove(group);
            await sites.SaveAsync(copy, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node took it over first (a version conflict, or its document inserted first): read what it wrote.
            tenant.Shell.Cache.Remove(documentId);
            tenant.Shell.Cache.Remove(SiteService.DocumentId);
        }
        finally
        {
            gate.Release();
        }
    }
}
