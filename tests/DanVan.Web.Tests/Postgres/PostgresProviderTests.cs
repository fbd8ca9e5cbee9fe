using System.Net;
using DanVan.Feedback.Captcha;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using static DanVan.Web.Tests.Search.SearchTestSupport;

namespace DanVan.Web.Tests.Postgres;

/// <summary>
/// The site on PostgreSQL (DanVan:Database:Provider=Postgres): tenants in the shared store table, a schema each,
/// pages, publishing, search and counters working on it, one tenant never seeing another's rows, removal dropping the schema.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresProviderTests(PostgresSiteFixture fixture)
{
    private PostgresSite Site => fixture.Site;

    [Fact]
    public async Task Tenants_are_kept_in_the_shared_table_each_with_its_own_schema()
    {
        Assert.Equal("Default,HoaAn,TraLinh", await Site.ScalarAsync<string>(
            "SELECT string_agg(name, ',' ORDER BY name) FROM danvan.tenants WHERE name IN ('Default', 'HoaAn', 'TraLinh')"));
        Assert.Equal(3L, await Site.ScalarAsync<long>(
            "SELECT count(*) FROM pg_namespace WHERE nspname IN ('t_default', 't_hoaan', 't_tralinh')"));
        Assert.All(Site.Get<TenantRegistry>().Table.All, t => Assert.Equal("Postgres", t.DatabaseProvider));
        Assert.False(File.Exists(Path.Combine(Site.AppData, "tenants.json")), "the JSON store is SQLite's");
    }

    [Fact]
    public async Task Each_tenants_database_size_is_its_own_schemas_size()
    {
        var registry = Site.Get<ITenantRegistry>();
        var hoaAn = Site.Get<TenantRegistry>().Table.All.Single(t => t.Name == "HoaAn");
        var expected = await Site.ScalarAsync<long>(
            "SELECT sum(pg_total_relation_size(c.oid))::bigint FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 't_hoaan' AND c.relkind IN ('r', 'm')");

        var size = await registry.GetDatabaseSizeAsync(hoaAn, CancellationToken.None);

        // Within what writes made meanwhile by other tests of the collection can add.
        Assert.NotNull(size);
        Assert.InRange(size.Value, expected / 2, expected * 2);
        Assert.True(size > 100_000, $"a set-up district's schema holds tables and indexes: {size} bytes");
        Assert.Null(await registry.GetDatabaseSizeAsync(hoaAn with { Name = "KhongCo" }, CancellationToken.None));
    }

    [Fact]
    public async Task The_sample_pages_are_served_from_the_tenant_schemas()
    {
        var client = Site.CreateClient();
        var article = await client.GetAsync($"/hoa-an/{ProvisionedSiteFixture.SampleArticlePath}");
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
        Assert.Contains("Sơ kết công tác dân vận 6 tháng đầu năm 2026", await article.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/tra-linh/")).StatusCode);
    }

    [Fact]
    public async Task An_article_published_in_one_district_is_read_back_there_and_never_seen_by_another()
    {
        var title = $"Tin riêng Hòa An {Guid.NewGuid():N}";
        var id = await SaveAsync(Site, "HoaAn", Article(title, "Tóm tắt.", "Nội dung."));

        IReadOnlyList<ContentItem> inHoaAn = [], inTraLinh = [];
        await RunAsync(Site, "HoaAn", async content => inHoaAn = await content.GetPublishedAsync([id], CancellationToken.None));
        await RunAsync(Site, "TraLinh", async content => inTraLinh = await content.GetPublishedAsync([id], CancellationToken.None));
        Assert.Equal(title, Assert.Single(inHoaAn).DisplayText);
        Assert.Empty(inTraLinh);

        // The rows themselves: in HoaAn's schema only.
        Assert.Equal(1L, await Site.ScalarAsync<long>($"SELECT count(*) FROM t_hoaan.\"ContentItems\" WHERE \"ContentItemId\" = '{id}' AND \"Published\""));
        Assert.Equal(0L, await Site.ScalarAsync<long>($"SELECT count(*) FROM t_tralinh.\"ContentItems\" WHERE \"ContentItemId\" = '{id}'"));
        Assert.Equal(0L, await Site.ScalarAsync<long>($"SELECT count(*) FROM t_default.\"ContentItems\" WHERE \"ContentItemId\" = '{id}'"));
    }

    [Fact]
    public async Task A_publish_reaches_the_search_index_through_the_index_task_table()
    {
        var word = "pgtimthay" + Guid.NewGuid().ToString("N")[..8];
        var id = await SaveAsync(Site, "TraLinh", Article($"Tin {word}", "Tóm tắt.", $"Nội dung {word}."));
        Assert.Equal(1L, await Site.ScalarAsync<long>($"SELECT count(*) FROM t_tralinh.\"SearchIndexTasks\" WHERE \"ContentItemId\" = '{id}'"));

        var client = Site.CreateClient();
        await Eventually.ReturnsAsync(() => ReadyPageAsync(client, $"/tra-linh/tim-kiem?q={word}"), html => HitIds(html).Contains(id), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Client_counters_add_up_with_the_upsert()
    {
        var count = 0;
        await Site.InTenantAsync("HoaAn", async services =>
        {
            var counters = services.GetRequiredService<ClientCounters>();
            var who = Guid.NewGuid().ToString("N");
            await counters.AddAsync(ClientCounters.SignInName, who, TimeSpan.FromMinutes(5), CancellationToken.None);
            await counters.AddAsync(ClientCounters.SignInName, who, TimeSpan.FromMinutes(5), CancellationToken.None);
            count = await counters.GetAsync(ClientCounters.SignInName, who, CancellationToken.None);
        });
        Assert.Equal(2, count);
    }

    [Fact]
    public async Task A_setup_copies_the_template_schema_and_removal_drops_the_schema()
    {
        await Site.CreateAndSetupAsync("XoaBo", "xoa-bo", "Trang sẽ xóa", "district-board");

        // The first setup on this schema saved a template; this one is its copy, migrations history included.
        Assert.True(await Site.ScalarAsync<long>("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'tpl\\_%'") >= 1);
        Assert.Equal(
            await Site.ScalarAsync<long>("SELECT count(*) FROM t_default.\"__Migrations_Orchard\""),
            await Site.ScalarAsync<long>("SELECT count(*) FROM t_xoabo.\"__Migrations_Orchard\""));
        Assert.Equal(HttpStatusCode.OK, (await Site.CreateClient().GetAsync("/xoa-bo/")).StatusCode);

        var tenants = Site.Get<TenantManager>();
        await tenants.DisableAsync("XoaBo", CancellationToken.None);
        await tenants.RemoveAsync("XoaBo", CancellationToken.None);

        Assert.False(await Site.ScalarAsync<bool>("SELECT to_regnamespace('t_xoabo') IS NOT NULL"));
        Assert.Equal(0L, await Site.ScalarAsync<long>("SELECT count(*) FROM danvan.tenants WHERE name = 'XoaBo'"));
        Assert.True(await Site.ScalarAsync<bool>("SELECT to_regnamespace('t_hoaan') IS NOT NULL"));
    }
}
