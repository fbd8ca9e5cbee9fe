using DanVan.Search.Querying;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Search;

/// <summary>A district holding only the relevance corpus, published through the content manager.</summary>
public sealed class RelevanceFixture : OrchardWebApplicationFactory, IAsyncLifetime
{
    public const string Tenant = "Relevance";

    public Dictionary<string, string> IdsByKey { get; } = [];

    public async Task InitializeAsync()
    {
        _ = Server;
        await Get<DanVan.Orchard.Tenancy.TenantSetupService>().SetupAsync("Default", SetupRequest("province-portal"), CancellationToken.None);
        await CreateAndSetupAsync(Tenant, "relevance", "Ban Dân vận Huyện ủy Thử nghiệm", "district-board");
        foreach (var doc in RelevanceSet.Docs)
        {
            IdsByKey[doc.Key] = await SearchTestSupport.SaveAsync(this, Tenant, SearchTestSupport.Article(doc.Title, doc.Lead, doc.Body, doc.Category, doc.Tags));
        }

        // The worker's work, done here so every test reads the complete corpus (a reader's search never catches up).
        await InTenantAsync(Tenant, services => services.GetRequiredService<DanVan.Search.Indexing.SearchIndexer>().GetCurrentAsync(CancellationToken.None));
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text)
    {
        SearchResults results = null!;
        await InTenantAsync(Tenant, async services =>
            results = await services.GetRequiredService<SearchService>().SearchAsync(new SearchRequest(ReaderQuery.Parse(text)), CancellationToken.None));
        return results.Hits;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
