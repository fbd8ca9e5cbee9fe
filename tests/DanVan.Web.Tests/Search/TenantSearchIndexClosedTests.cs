using DanVan.Search.Indexing;

namespace DanVan.Web.Tests.Search;

/// <summary>An index closed between being found open and being read (idle, disabled, a failed update) is "not ready", never an error.</summary>
public sealed class TenantSearchIndexClosedTests
{
    [Fact]
    public void A_closed_index_gives_no_searcher_instead_of_throwing()
    {
        var path = Path.Combine(Path.GetTempPath(), "danvan-closed-index-" + Guid.NewGuid().ToString("N"));
        try
        {
            var index = TenantSearchIndex.Open("Closed", path, out _);
            var searcher = index.TryAcquireSearcher();
            Assert.NotNull(searcher);
            index.ReleaseSearcher(searcher);

            index.Dispose();
            Assert.Null(index.TryAcquireSearcher());
        }
        finally
        {
            Directory.Delete(path, recursive: true);
            File.Delete(TenantSearchIndex.ProcessLockPath(path));
        }
    }
}
