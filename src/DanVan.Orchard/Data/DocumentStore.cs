using System.Text.Json;
using DanVan.Orchard.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Data;

/// <summary>Reads and writes a tenant's named JSON documents, cached in the tenant's shell.</summary>
public sealed class DocumentStore(IServiceProvider services, TenantContext tenant) : IDocumentStore
{
    private static readonly JsonSerializerOptions SerializerOptions = DocumentJson.SerializerOptions;

    // Resolved on use: every request reads the site settings and features through here, nearly always from the shell's
    // cache, and a DbContext made for nothing costs a page rendered afresh a good part of its time.
    private TenantDbContext Db => services.GetRequiredService<TenantDbContext>();

    /// <summary>The cached document; treat it as read-only.</summary>
    public Task<T> GetAsync<T>(string id, CancellationToken cancellationToken)
        where T : class, new()
    {
        return tenant.Shell.Cache.GetOrAddAsync(id, async () =>
        {
            var record = await Db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
            return record is null ? new T() : JsonSerializer.Deserialize<T>(record.Data, SerializerOptions) ?? new T();
        });
    }

    public async Task SaveAsync<T>(string id, T document, CancellationToken cancellationToken)
        where T : class
    {
        var data = JsonSerializer.Serialize(document, SerializerOptions);
        var db = Db;
        var record = await db.Documents.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (record is null)
        {
            db.Documents.Add(new DocumentRecord { Id = id, Data = data, Version = 1 });
        }
        else
        {
            record.Data = data;
            record.Version++;
        }

        await db.SaveChangesAsync(cancellationToken);
        tenant.Shell.Cache.Remove(id);
        tenant.Shell.SignalChanged();
    }
}
