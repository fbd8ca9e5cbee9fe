using System.Runtime.CompilerServices;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Contents.Parts;
using DanVan.Orchard.Data;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace DanVan.Orchard.Tests.Data;

/// <summary>
/// A tenant's scope without a host: the core's tenant services over a SQLite database in memory (kept alive by the
/// open connection for the fixture's lifetime), with the features given. Disposing drops the database.
/// </summary>
public sealed class InMemoryTenant : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly ServiceProvider _root;
    private readonly AsyncServiceScope _scope;

    private InMemoryTenant(SqliteConnection connection, ServiceProvider root, bool isDefault)
    {
        _connection = connection;
        _root = root;
        _scope = root.CreateAsyncScope();
        var settings = new TenantSettings { Name = isDefault ? TenantSettings.DefaultTenantName : "Test", State = TenantState.Running };
        var shell = new TenantShell(settings, new NoDatabaseProvider(), new StrongBox<long>(), NullLogger.Instance);
        Services.GetRequiredService<TenantContext>().Activate(shell);
    }

    public IServiceProvider Services => _scope.ServiceProvider;

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static async Task<InMemoryTenant> CreateAsync(IEnumerable<FeatureDescriptor>? features = null, bool isDefault = false)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var services = new ServiceCollection();
        services.AddDbContext<TenantDbContext>(options => options.UseSqlite(connection));
        services.AddSingleton(new FeatureCatalog(features ?? []));
        services.AddScoped<TenantContext>();
        services.AddScoped<IDocumentStore, DocumentStore>();
        services.AddScoped<FeatureManager>();
        services.AddScoped<FeatureGate>();
        services.AddScoped<ContentDefinitionManager>();
        services.AddScoped<ContentElementRegistry>();
        services.AddScoped<ContentNormalizer>();
        services.AddScoped<IContentManager, ContentManager>();
        var root = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var tenant = new InMemoryTenant(connection, root, isDefault);
        await tenant.Get<TenantDbContext>().Database.EnsureCreatedAsync();
        return tenant;
    }

    /// <summary>Adds a content type without parts (nothing to normalize but the item itself).</summary>
    public async Task DefineTypeAsync(string name)
    {
        var definitions = Get<ContentDefinitionManager>();
        var document = new ContentDefinitionDocument();
        document.ContentTypes.Add(new ContentTypeDefinition { Name = name, DisplayName = name });
        await definitions.SaveAsync(document, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _root.DisposeAsync();
        await _connection.DisposeAsync();
    }

    /// <summary>The scope is given its database directly; nothing here creates, checks or removes one.</summary>
    private sealed class NoDatabaseProvider : IDatabaseProvider
    {
        public string Name => "InMemory";

        public void Configure(DbContextOptionsBuilder builder, TenantSettings tenant, string migrationsHistoryTable) =>
            throw new NotSupportedException();

        public Task<bool> CreateAsync(TenantSettings tenant, string schemaKey, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<string?> CheckAvailableAsync(TenantSettings tenant, bool thorough, CancellationToken cancellationToken) =>
            Task.FromResult<string?>(null);

        public Task<IReadOnlyList<string>> CheckIntegrityAsync(TenantSettings tenant, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<string>>([]);

        public Task SaveTemplateAsync(TenantSettings tenant, string schemaKey, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task DeleteAsync(TenantSettings tenant, CancellationToken cancellationToken) => throw new NotSupportedException();

        public ValueTask<long?> GetSizeAsync(TenantSettings tenant, CancellationToken cancellationToken) => ValueTask.FromResult<long?>(null);

        public void Release(TenantSettings tenant)
        {
        }
    }
}
