using Microsoft.AspNetCore.Hosting;

namespace DanVan.Web.Tests.ScaleOut;

/// <summary>
/// One node of a site run by several: the in-process host on the App_Data (tenant store, databases) of
/// <paramref name="sharing"/> when given, with Redis. The tenant store is polled only every ten minutes, so whatever
/// a node learns within the tests came through Redis.
/// </summary>
public sealed class ClusterNode(RedisServer redis, string keyPrefix, OrchardWebApplicationFactory? sharing = null, IReadOnlyDictionary<string, string>? settings = null)
    : OrchardWebApplicationFactory
{
    public string SharedAppData => sharing?.AppData ?? AppData;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("DanVan:AppDataPath", SharedAppData);
        builder.UseSetting("DanVan:RecipesPath", sharing?.Recipes ?? Recipes);
        builder.UseSetting("DanVan:TenantStorePollInterval", "00:10:00");
        builder.UseSetting("DanVan:Redis:Configuration", redis.Configuration);
        builder.UseSetting("DanVan:Redis:KeyPrefix", keyPrefix);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}
