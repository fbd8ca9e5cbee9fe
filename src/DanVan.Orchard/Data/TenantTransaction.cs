using DanVan.Orchard.Recipes;
using DanVan.Orchard.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVan.Orchard.Data;

/// <summary>
/// One connection and one transaction for every tenant DbContext of the scope, opened by a recipe run. The scope's
/// <see cref="TenantDbContext"/> owns both; each module's context (made before or after the opening) is set on that
/// connection and joins the transaction, so a module that saves "its own" changes saves them in the recipe's unit.
/// Provider-neutral: the connection is whatever the provider built for the core context.
/// Every request makes tenant contexts and almost none opens a unit: while none is open, a context made costs nothing
/// here (nothing listed, no lock). The opening takes every registered context of the scope instead, made already or not.
/// </summary>
internal sealed class TenantTransaction(
    IServiceProvider services, TenantContext tenant, IEnumerable<ITenantMigration> migrations, ILogger<TenantTransaction> logger) : ITenantTransaction
{
    private readonly Lock _lock = new();
    private readonly List<Func<CancellationToken, Task>> _undo = [];
    private readonly List<Action> _cleanup = [];
    private DbContext? _owner;
    private IDbContextTransaction? _transaction;

    public bool IsActive => _transaction is not null;

    public void OnRollback(Func<CancellationToken, Task> undo)
    {
        if (_transaction is not null)
        {
            lock (_lock)
            {
                _undo.Add(undo);
            }
        }
    }

    public void OnEnded(Action cleanup)
    {
        if (_transaction is not null)
        {
            lock (_lock)
            {
                _cleanup.Add(cleanup);
            }
        }
    }

    /// <summary>Called for every scoped tenant context as it is made: it joins the unit if one is open (else nothing).</summary>
    public void Track(DbContext context)
    {
        if (_transaction is not null && !ReferenceEquals(context, _owner))
        {
            Join(context);
        }
    }

    /// <summary>Opens the unit; false when one is open already in this scope (the outer one commits or rolls back).</summary>
    public async Task<bool> BeginAsync(CancellationToken cancellationToken)
    {
        if (_transaction is not null)
        {
            return false;
        }

        var owner = services.GetRequiredService<TenantDbContext>();
        if (owner.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("The scope's tenant database already has a transaction of its own; a recipe cannot run inside it.");
        }

        _owner = owner;
        _transaction = await owner.Database.BeginTransactionAsync(cancellationToken);
        var seen = new List<DbContext>();
        try
        {
            // Made now (they join as Track sees them) or before the opening (they join here).
            foreach (var context in ScopeContexts())
            {
                seen.Add(context);
                if (!ReferenceEquals(context, owner) && !InUnit(context))
                {
                    Join(context);
                }
            }
        }
        catch
        {
            // Nobody will end a unit that failed to open: leave no transaction behind for the scope's next unit.
            foreach (var context in seen.Where(c => !ReferenceEquals(c, owner) && InUnit(c)))
            {
                context.Database.UseTransaction(null);
            }

            await _transaction.DisposeAsync();
            _transaction = null;
            _owner = null;
            throw;
        }

        return true;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        var transaction = _transaction ?? throw new InvalidOperationException("No unit is open.");
        try
        {
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            await RollbackAsync();
            throw;
        }

        End(clearTracked: false);
        CleanUp();

        // What the unit saved signalled its change before this commit, when other requests could not see it yet: one of
        // them may have cached the old documents, menu or item models under the new generation. Now that it is visible,
        // drop them and move the generation on once more.
        tenant.Shell.Cache.Clear();
        tenant.Shell.SignalChanged();
    }

    /// <summary>
    /// Undoes everything of the unit: the database transaction, then the registered undos (files), newest first; the
    /// tenant's cached documents and pages, which may hold what was rolled back, are dropped. Never throws for an
    /// undo that fails (logged): the recipe's own error is what the caller must see.
    /// </summary>
    public async Task RollbackAsync()
    {
        if (_transaction is not { } transaction)
        {
            return;
        }

        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
        {
            // A connection already broken has rolled back by itself.
            RecipeLog.RollbackFailed(logger, e, tenant.Settings.Name, "the database transaction");
        }
        finally
        {
            End(clearTracked: true);
        }

        List<Func<CancellationToken, Task>> undo;
        lock (_lock)
        {
            undo = [.. _undo];
            _undo.Clear();
        }

        for (var i = undo.Count - 1; i >= 0; i--)
        {
            try
            {
                await undo[i](CancellationToken.None);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                RecipeLog.RollbackFailed(logger, e, tenant.Settings.Name, "a file written by the recipe");
            }
        }

        CleanUp();
        tenant.Shell.Cache.Clear();
        tenant.Shell.SignalChanged();
    }

    private void CleanUp()
    {
        List<Action> cleanup;
        lock (_lock)
        {
            cleanup = [.. _cleanup];
            _cleanup.Clear();
        }

        foreach (var action in cleanup)
        {
            try
            {
                action();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                RecipeLog.CleanupFailed(logger, e, tenant.Settings.Name);
            }
        }
    }

    private void Join(DbContext context)
    {
        if (context.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException($"{context.GetType().Name} has a transaction of its own and cannot join the recipe's.");
        }

        context.Database.SetDbConnection(_owner!.Database.GetDbConnection(), contextOwnsConnection: false);
        context.Database.UseTransaction(_transaction!.GetDbTransaction());
    }

    /// <summary>Every context leaves the finished transaction (it would otherwise be used for their next save).</summary>
    private void End(bool clearTracked)
    {
        foreach (var context in ScopeContexts())
        {
            if (!ReferenceEquals(context, _owner))
            {
                context.Database.UseTransaction(null);
            }

            if (clearTracked)
            {
                // Entities saved in the rolled-back transaction are not in the database: forget them.
                context.ChangeTracker.Clear();
            }
        }

        _transaction?.Dispose();
        _transaction = null;
        lock (_lock)
        {
            if (!clearTracked)
            {
                _undo.Clear();
            }
        }
    }

    /// <summary>Every registered tenant context of the scope (made by the first call, the same instances after).</summary>
    private IEnumerable<DbContext> ScopeContexts() =>
        migrations.OfType<ITenantContextType>().Select(m => m.ContextType).Distinct().Select(type => (DbContext)services.GetRequiredService(type));

    private bool InUnit(DbContext context) =>
        context.Database.CurrentTransaction is { } current && ReferenceEquals(current.GetDbTransaction(), _transaction!.GetDbTransaction());
}
