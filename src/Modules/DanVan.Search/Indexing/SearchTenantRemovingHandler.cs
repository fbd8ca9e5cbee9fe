using System.Collections.Concurrent;
using DanVan.Orchard.Tenancy;

namespace DanVan.Search.Indexing;

/// <summary>
/// A removed tenant's index goes with it (also when the index root is outside the tenant's folder). The index's lock
/// is taken before anything of the tenant is deleted, so a removal refused because another process (the CLI's
/// rebuild) holds the index is refused while the tenant is still whole, and once taken nobody can refuse it later.
/// </summary>
public sealed class SearchTenantRemovingHandler(SearchIndexes indexes, Querying.SearchTenantStates states) : ITenantRemovingHandler
{
    private readonly ConcurrentDictionary<string, SearchIndexRemovalHold> _held = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IAsyncDisposable?> PrepareRemovingAsync(TenantSettings tenant, CancellationToken cancellationToken)
    {
        SearchIndexRemovalHold hold;
        try
        {
            hold = await indexes.HoldForRemovalAsync(tenant.Name);
        }
        catch (SearchIndexHeldException)
        {
            throw new TenantValidationException(TenantError.WrongState(
                $"Chỉ mục tìm kiếm của trang “{tenant.Name}” đang được một tiến trình khác dùng (có thể là lệnh xây lại chỉ mục); chưa xóa gì. Hãy thử lại khi việc đó xong."));
        }

        _held[tenant.Name] = hold;
        return new Release(() =>
        {
            _held.TryRemove(new KeyValuePair<string, SearchIndexRemovalHold>(tenant.Name, hold));
            hold.Dispose();
        });
    }

    public Task RemovingAsync(TenantSettings tenant, CancellationToken cancellationToken)
    {
        // A tenant made again under the same name is looked at afresh.
        states.Forget(tenant.Name);
        if (_held.TryGetValue(tenant.Name, out var hold))
        {
            hold.DeleteIndex();
            return Task.CompletedTask;
        }

        // Called without being prepared (by a caller of its own): takes the lock itself.
        return indexes.DeleteAsync(tenant.Name);
    }

    private sealed class Release(Action release) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            release();
            return ValueTask.CompletedTask;
        }
    }
}
