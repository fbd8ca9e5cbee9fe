using System.Reflection;
using DanVan.Orchard.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Data;

/// <summary>
/// Builds modules' DbContexts on the scope's tenant database. The contracts name the context loosely (no EF Core
/// there), so each context type is bridged once to the typed code below and kept as a delegate.
/// </summary>
internal sealed class TenantDbContextFactory : ITenantDbContextFactory
{
    public TContext Create<TContext>(IServiceProvider services, string migrationsHistoryTable)
        where TContext : class =>
        (TContext)Bridge<TContext>.Create(services, migrationsHistoryTable);

    public TContext CreateForScope<TContext>(IServiceProvider services, string migrationsHistoryTable)
        where TContext : class
    {
        var context = Create<TContext>(services, migrationsHistoryTable);
        services.GetRequiredService<TenantTransaction>().Track((DbContext)(object)context);
        return context;
    }

    public ITenantMigration CreateMigration<TContext>()
        where TContext : class =>
        Bridge<TContext>.Migration();

    private static object CreateTyped<TContext>(IServiceProvider services, string migrationsHistoryTable)
        where TContext : DbContext
    {
        // Every shell is the framework's own: TenantRegistry makes them.
        var shell = (TenantShell)services.GetRequiredService<TenantContext>().Shell;
        return Activator<TContext>.Factory(services, [shell.GetDbContextOptions<TContext>(migrationsHistoryTable)]);
    }

    private static ITenantMigration MigrationTyped<TContext>()
        where TContext : DbContext =>
        new DbContextMigration<TContext>();

    private static class Activator<TContext>
        where TContext : DbContext
    {
        public static readonly ObjectFactory<TContext> Factory = ActivatorUtilities.CreateFactory<TContext>([typeof(DbContextOptions<TContext>)]);
    }

    private static class Bridge<TContext>
        where TContext : class
    {
        public static readonly Func<IServiceProvider, string, object> Create = Typed<Func<IServiceProvider, string, object>>(nameof(CreateTyped));

        public static readonly Func<ITenantMigration> Migration = Typed<Func<ITenantMigration>>(nameof(MigrationTyped));

        private static TDelegate Typed<TDelegate>(string method)
            where TDelegate : Delegate
        {
            if (!typeof(DbContext).IsAssignableFrom(typeof(TContext)))
            {
                throw new InvalidOperationException($"{typeof(TContext)} is registered as a tenant DbContext but is not an EF Core DbContext.");
            }

            return typeof(TenantDbContextFactory).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(typeof(TContext))
                .CreateDelegate<TDelegate>();
        }
    }
}
