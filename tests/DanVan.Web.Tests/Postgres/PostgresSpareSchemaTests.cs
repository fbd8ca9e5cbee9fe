using System.Net;
using DanVan.Orchard.Tenancy;

namespace DanVan.Web.Tests.Postgres;

/// <summary>
/// Spare schemas on PostgreSQL: copies of the template made ahead of time (<c>sp_&lt;schema key&gt;_…</c>) that a setup
/// renames to the tenant's schema instead of copying the template; never one of another schema key; topped up after
/// setups; a failed setup, its retry and a removal leave only whole spares. Each test has a site on a database of its own.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSpareSchemaTests(PostgresSiteFixture fixture)
{
    private const int Spares = 2;

    [Fact]
    public async Task A_setup_renames_a_spare_of_its_schema_key_and_the_spares_are_topped_up()
    {
        await using var site = await StartAsync("MotSpare");
        var key = await SchemaKeyAsync(site);
        var before = await WholeSparesAsync(site, key);

        await site.CreateAndSetupAsync("HaiSpare", "hai-spare", "Hai", "district-board", "sample-content");

        // The very schema that was a spare (same oid) is now the tenant's, and serves its pages.
        Assert.Contains(await OidAsync(site, "t_haispare"), before.Values);
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync($"/hai-spare/{ProvisionedSiteFixture.SampleArticlePath}")).StatusCode);

        var after = await WholeSparesAsync(site, key);
        Assert.Single(before.Keys.Except(after.Keys));
    }

    [Fact]
    public async Task A_spare_of_an_older_schema_key_is_never_used_and_is_dropped_with_its_template()
    {
        await using var site = await StartAsync("BaSpare");
        var key = await SchemaKeyAsync(site);
        await WholeSparesAsync(site, key);

        // An older build's template and spare (its key no node uses any more), and those of a build another node still
        // runs (noted just now, as during a rolling upgrade). The current key's spares are gone, so a setup that took
        // any spare would take the old one.
        const string Old = "00000000000000aa", Live = "00000000000000bb";
        await site.ScalarAsync<int>($"""
            CREATE SCHEMA tpl_{Old}; CREATE SCHEMA sp_{Old}_00000001; CREATE TABLE sp_{Old}_00000001.marker (id int);
            CREATE SCHEMA tpl_{Live}; CREATE SCHEMA sp_{Live}_00000001;
            INSERT INTO danvan.schema_keys (key, seen) VALUES ('{Live}', now());
            SELECT 1
            """);
        await DropSparesAsync(site, key);
        var oldSpare = await OidAsync(site, $"sp_{Old}_00000001");

        await site.CreateAndSetupAsync("BonSpare", "bon-spare", "Bốn", "district-board");

        Assert.NotEqual(oldSpare, await OidAsync(site, "t_bonspare"));
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync("/bon-spare/")).StatusCode);
        var gone = await Eventually.ReturnsAsync(() => CountAsync(site, $"nspname IN ('tpl_{Old}', 'sp_{Old}_00000001')"), n => n == 0);
        Assert.Equal(0L, gone);
        Assert.Equal(2L, await CountAsync(site, $"nspname IN ('tpl_{Live}', 'sp_{Live}_00000001')"));
        Assert.Equal(Spares, (await WholeSparesAsync(site, key)).Count);
    }

    [Fact]
    public async Task A_failed_setup_its_retry_and_a_removal_leave_only_whole_spares()
    {
        await using var site = await StartAsync("NamSpare");
        var key = await SchemaKeyAsync(site);
        site.AddRecipe("bad-timezone-spare.recipe.json", """
            { "name": "bad-timezone-spare", "issetuprecipe": true,
              "steps": [ { "name": "feature", "enable": ["DanVan.Articles"] }, { "name": "settings", "SiteName": "Thử", "TimeZone": "Sao Hỏa/Olympus" } ] }
            """);
        await WholeSparesAsync(site, key);
        var tenants = site.Get<TenantManager>();
        var setup = site.Get<TenantSetupService>();
        await tenants.CreateAsync(new CreateTenantRequest("SauSpare", null, "sau-spare", null, "district-board"), CancellationToken.None);

        await Assert.ThrowsAsync<TenantSetupException>(() =>
            setup.SetupAsync("SauSpare", OrchardWebApplicationFactory.SetupRequest("bad-timezone-spare"), CancellationToken.None));

        // The spare it took went with the failed setup: no half tenant, no spare with the failed recipe's rows.
        Assert.Equal(0L, await CountAsync(site, "nspname = 't_sauspare'"));
        var spares = await WholeSparesAsync(site, key);
        foreach (var spare in spares.Keys)
        {
            Assert.Equal(0L, await site.ScalarAsync<long>(
                $"SELECT count(*) FROM (SELECT \"Id\" FROM {spare}.\"Documents\" EXCEPT SELECT \"Id\" FROM tpl_{key}.\"Documents\") AS added"));
        }

        var running = await setup.SetupAsync("SauSpare", OrchardWebApplicationFactory.SetupRequest("district-board"), CancellationToken.None);
        Assert.Equal(TenantState.Running, running.State);
        Assert.Contains(await OidAsync(site, "t_sauspare"), spares.Values);
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync("/sau-spare/")).StatusCode);

        await tenants.DisableAsync("SauSpare", CancellationToken.None);
        await tenants.RemoveAsync("SauSpare", CancellationToken.None);
        Assert.Equal(0L, await CountAsync(site, "nspname = 't_sauspare'"));
        Assert.Equal(Spares, (await WholeSparesAsync(site, key)).Count);
    }

    /// <summary>A site on a database of its own whose first setup migrated and saved the template.</summary>
    private async Task<PostgresSite> StartAsync(string firstTenant)
    {
        var site = new PostgresSite(await fixture.Server.CreateDatabaseAsync());
        _ = site.Server;
        await site.CreateAndSetupAsync(firstTenant, firstTenant.ToLowerInvariant(), firstTenant, "district-board");
        return site;
    }

    private static Task<string> SchemaKeyAsync(PostgresSite site) =>
        site.ScalarAsync<string>("SELECT substr(nspname, 5) FROM pg_namespace WHERE starts_with(nspname, 'tpl_')");

    /// <summary>
    /// The spares of <paramref name="key"/> (name → oid) once the background top-up has made them all, each checked to
    /// hold as many tables as the template: a spare is whole or absent.
    /// </summary>
    private static async Task<Dictionary<string, long>> WholeSparesAsync(PostgresSite site, string key)
    {
        var count = await Eventually.ReturnsAsync(() => CountAsync(site, $"starts_with(nspname, 'sp_{key}_')"), n => n == Spares, TimeSpan.FromSeconds(30));
        Assert.Equal(Spares, count);
        var listed = await site.ScalarAsync<string>($"""
            SELECT string_agg(n.nspname || '=' || n.oid::bigint || '=' ||
                   (SELECT count(*) FROM pg_class c WHERE c.relnamespace = n.oid AND c.relkind = 'r'), ',')
              FROM pg_namespace n WHERE starts_with(n.nspname, 'sp_{key}_')
            """);
        var tables = await site.ScalarAsync<long>($"SELECT count(*) FROM pg_class WHERE relnamespace = 'tpl_{key}'::regnamespace AND relkind = 'r'");
        var spares = new Dictionary<string, long>();
        foreach (var parts in listed.Split(',').Select(s => s.Split('=')))
        {
            Assert.Equal(tables, long.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
            spares[parts[0]] = long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        }

        return spares;
    }

    private static async Task DropSparesAsync(PostgresSite site, string key) => await site.ScalarAsync<int>($"""
        DO $$ DECLARE s name; BEGIN
            FOR s IN SELECT nspname FROM pg_namespace WHERE starts_with(nspname, 'sp_{key}_') LOOP
                EXECUTE format('DROP SCHEMA %I CASCADE', s);
            END LOOP;
        END $$;
        SELECT 1
        """);

    private static Task<long> CountAsync(PostgresSite site, string where) => site.ScalarAsync<long>($"SELECT count(*) FROM pg_namespace WHERE {where}");

    private static Task<long> OidAsync(PostgresSite site, string schema) =>
        site.ScalarAsync<long>($"SELECT oid::bigint FROM pg_namespace WHERE nspname = '{schema}'");
}
