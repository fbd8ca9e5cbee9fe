using System.Diagnostics;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Tenancy;
using DanVan.Search.Indexing;
using DanVan.Search.Querying;
using DanVan.Web;
using DanVan.Web.Tests.Search;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bench;

/// <summary>
/// <c>--search [N]</c>: N (10,000) generated Vietnamese articles of ~600 words in one district: the time to index them
/// all (a rebuild from the database), the query latency p50/p99 over varied queries, and precision@3 of the relevance
/// set. Prints figures, asserts nothing.
/// </summary>
public static class SearchBench
{
    private static readonly string[] Words = ("dân vận khéo công tác mặt trận tổ quốc đoàn thể nhân dân cán bộ đảng viên chi bộ xã thị trấn " +
        "huyện tỉnh hội nghị sơ kết tổng kết giải phóng mặt bằng bồi thường tái định cư đường giao thông nông thôn mới văn hóa " +
        "lễ hội dân tộc thiểu số đồng bào tôn giáo biên giới cột mốc thanh niên phụ nữ cựu chiến binh nông dân hợp tác xã " +
        "kinh tế chuyển đổi số dân chủ cơ sở giám sát phản biện xã hội tiếp công dân kiến nghị cử tri đại biểu học sinh " +
        "trường học khuyến học học bổng y tế bảo hiểm môi trường vệ sinh cây xanh bão lũ cứu trợ nhà đại đoàn kết hộ nghèo " +
        "Hòa An Trà Lĩnh Bảo Lạc Hà Quảng Nguyên Bình Thạch An Quảng Hòa Hạ Lang Trùng Khánh Cao Bằng vân văn vấn vẫn dàn").Split(' ');

    internal static readonly string[] Queries =
    [
        "dân vận khéo", "dan van kheo", "giải phóng mặt bằng", "giai phong mat bang", "\"mặt bằng\"", "Trà Lĩnh", "tra linh",
        "hội nghị sơ kết", "cựu chiến binh", "nông thôn mới", "chuyển đổi số", "đồng bào tôn giáo", "bao lu cuu tro", "Hòa An",
        "học bổng", "cột mốc biên giới", "vận", "vân", "hợp tác xã", "tiếp công dân kiến nghị",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.SkipWhile(a => a != "--search").Skip(1).Select(a => int.TryParse(a, out var n) ? n : 0).FirstOrDefault();
        count = count > 0 ? count : 10_000;
        await using var app = OrchardServiceHost.Build();
        var services = app.Services;
        await services.GetRequiredService<TenantManager>().EnsureDefaultTenantAsync(CancellationToken.None);
        var registry = services.GetRequiredService<TenantRegistry>();
        await registry.ReloadAsync(CancellationToken.None);
        await EnsureTenantAsync(services, "SearchBench", "search-bench");
        await EnsureTenantAsync(services, "SearchRelevance", "search-relevance");

        var random = new Random(2026);
        var clock = Stopwatch.StartNew();
        await InTenantAsync(services, "SearchBench", async scoped =>
        {
            var content = scoped.GetRequiredService<IContentManager>();
            for (var i = 0; i < count; i++)
            {
                var item = SearchArticle.Make(Text(random, 10), Text(random, 40), Text(random, 550), "Chuyên mục " + (i % 12), "từ khóa " + (i % 50));
                item.ContentItemId = ContentItem.NewId();
                item.ContentItemVersionId = ContentItem.NewId();
                item.Published = true;
                item.Latest = true;
                item.PublishedUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(i);
                await content.ImportAsync(item, CancellationToken.None);
            }
        });
        Console.WriteLine($"Stored {count} articles (~600 words each, with their index tasks) in {clock.Elapsed.TotalSeconds:0.0} s.");

        TenantSearchIndex index = null!;
        clock.Restart();
        await InTenantAsync(services, "SearchBench", async scoped =>
        {
            var indexer = scoped.GetRequiredService<SearchIndexer>();
            await indexer.RequestRebuildAsync(CancellationToken.None);
            index = await indexer.GetCurrentAsync(CancellationToken.None);
        });
        Console.WriteLine($"Indexed {index.DocumentCount} articles (rebuild from the database) in {clock.Elapsed.TotalSeconds:0.0} s (target ≤ 20 s).");

        var latencies = new List<double>();
        await InTenantAsync(services, "SearchBench", async scoped =>
        {
            var search = scoped.GetRequiredService<SearchService>();
            for (var i = 0; i < 2000; i++)
            {
                var text = i % 2 == 0 ? Queries[i % Queries.Length] : Text(random, 1 + (i % 3));
                var one = Stopwatch.StartNew();
                await search.SearchAsync(new SearchRequest(ReaderQuery.Parse(text), Newest: i % 5 == 0), CancellationToken.None);
                if (i >= 200)
                {
                    latencies.Add(one.Elapsed.TotalMilliseconds);
                }
            }
        });
        latencies.Sort();
        Console.WriteLine($"Query latency at {index.DocumentCount} items (1,800 varied queries, with snippets): p50 {latencies[latencies.Count / 2]:0.00} ms, p99 {latencies[(int)(latencies.Count * 0.99)]:0.00} ms.");

        await PrecisionAsync(services);
        Console.WriteLine($"Process RSS: {Environment.WorkingSet / 1024 / 1024} MB.");
        return 0;
    }

    private static async Task PrecisionAsync(IServiceProvider services)
    {
        var ids = new Dictionary<string, string>();
        await InTenantAsync(services, "SearchRelevance", async scoped =>
        {
            var content = scoped.GetRequiredService<IContentManager>();
            foreach (var doc in RelevanceSet.Docs)
            {
                var saved = await content.SaveAsync(SearchArticle.Make(doc.Title, doc.Lead, doc.Body, doc.Category, doc.Tags), true, null, ContentActor.System, CancellationToken.None);
                ids[saved.Item.ContentItemId] = doc.Key;
            }

            // The worker's work, done here: a reader's search reads the index as it is and never builds it.
            await scoped.GetRequiredService<SearchIndexer>().GetCurrentAsync(CancellationToken.None);
            var search = scoped.GetRequiredService<SearchService>();
            double precision = 0;
            var first = 0;
            foreach (var query in RelevanceSet.Queries)
            {
                var hits = (await search.SearchAsync(new SearchRequest(ReaderQuery.Parse(query.Text)), CancellationToken.None)).Hits
                    .Select(h => ids.GetValueOrDefault(h.ContentItemId)).Take(3).ToList();
                var relevant = query.AlsoInTop3.Append(query.First).ToHashSet();
                precision += hits.Count(h => h is not null && relevant.Contains(h)) / (double)Math.Min(3, relevant.Count);
                first += hits.FirstOrDefault() == query.First ? 1 : 0;
            }

            Console.WriteLine($"Relevance set: {RelevanceSet.Queries.Length} queries, precision@3 {precision / RelevanceSet.Queries.Length:0.000} (relevant found in the top 3 over those that can be), expected article first in {first}/{RelevanceSet.Queries.Length}.");
        });
    }

    internal static string Text(Random random, int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));

    internal static async Task EnsureTenantAsync(IServiceProvider services, string name, string prefix)
    {
        var tenants = services.GetRequiredService<TenantManager>();
        if (await tenants.FindAsync(name, CancellationToken.None) is { State: TenantState.Running })
        {
            return;
        }

        await tenants.CreateAsync(new CreateTenantRequest(name, name, prefix, null, "district-board"), CancellationToken.None);
        await services.GetRequiredService<TenantSetupService>().SetupAsync(name, new TenantSetupRequest(["district-board"], null, "admin", $"{prefix}@example.vn", "Bench-Password-2026"), CancellationToken.None);
        await services.GetRequiredService<TenantRegistry>().ReloadAsync(CancellationToken.None);
    }

    internal static async Task InTenantAsync(IServiceProvider services, string name, Func<IServiceProvider, Task> work)
    {
        var registry = services.GetRequiredService<TenantRegistry>();
        await services.GetRequiredService<TenantScopes>().RunAsync(registry.Table.Find(name)!, async scoped =>
        {
            await work(scoped);
            return 0;
        });
    }
}
