using System.Net;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Hardening;

[CollectionDefinition(Name)]
public sealed class ContentHardeningCollection : ICollectionFixture<ContentHardeningSite>
{
    public const string Name = "Content hardening";
}

/// <summary>
/// The portal (province-portal), HoaAn (district-board + sample-content at setup) and TraLinh (district-board, then
/// sample-content run on the running tenant), with an Editor, an Author and a Contributor in HoaAn. The ids of the
/// items the recipes made are taken before any test runs.
/// </summary>
public sealed class ContentHardeningSite : OrchardWebApplicationFactory, IAsyncLifetime
{
    public static readonly (string Tenant, string Prefix)[] Tenants = [("Default", ""), ("HoaAn", "/hoa-an"), ("TraLinh", "/tra-linh")];

    public Dictionary<string, IReadOnlyList<string>> RecipeItemIds { get; } = [];

    public async Task InitializeAsync()
    {
        _ = Server;
        await Get<TenantSetupService>().SetupAsync("Default", SetupRequest("province-portal"), CancellationToken.None);
        await CreateAndSetupAsync("HoaAn", "hoa-an", "Ban Dân vận Huyện ủy Hòa An", "district-board", "sample-content");
        await CreateAndSetupAsync("TraLinh", "tra-linh", "Ban Dân vận Huyện ủy Trà Lĩnh", "district-board");
        await Get<TenantSetupService>().RunRecipeAsync("TraLinh", "sample-content", CancellationToken.None);
        foreach (var role in new[] { "Editor", "Author", "Contributor" })
        {
            await CreateUserAsync("HoaAn", role.ToLowerInvariant(), role);
        }

        foreach (var (tenant, _) in Tenants)
        {
            RecipeItemIds[tenant] = (await LatestItemsAsync(tenant)).Select(i => i.ContentItemId).ToList();
        }
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public async Task<IReadOnlyList<ContentItem>> LatestItemsAsync(string tenant)
    {
        var items = new List<ContentItem>();
        await InTenantAsync(tenant, async services =>
        {
            var page = await services.GetRequiredService<IContentManager>()
                .QueryAsync(new ContentQuery(null, ContentStatus.All, null, ContentSort.ModifiedDesc, 1, PageSize: 100), CancellationToken.None);
            items.AddRange(page.Items.Select(v => v.Item));
        });
        return items;
    }

    public async Task<ContentItem> LatestAsync(string tenant, string id)
    {
        ContentItem? item = null;
        await InTenantAsync(tenant, async services =>
            item = (await services.GetRequiredService<IContentManager>().GetLatestVersionAsync(id, CancellationToken.None))?.Item);
        return item ?? throw new InvalidOperationException($"No item {id} in {tenant}.");
    }

    public async Task<bool> IsPublishedAsync(string tenant, string id)
    {
        var published = false;
        await InTenantAsync(tenant, async services =>
            published = (await services.GetRequiredService<IContentManager>().GetVersionsAsync(id, CancellationToken.None)).Any(v => v.Published));
        return published;
    }

    public async Task<string> UserIdAsync(string tenant, string userName)
    {
        var id = string.Empty;
        await InTenantAsync(tenant, async services =>
            id = (await services.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync(userName))!.Id);
        return id;
    }

    public async Task<TenantClient> SignedInAsync(string prefix, string userName)
    {
        var client = Client(prefix);
        var login = await client.LoginAsync(userName, AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    /// <summary>Refused as the admin refuses: 403, or the cookie handler's redirect to the access-denied page.</summary>
    public static bool Refused(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden ||
        (response.StatusCode == HttpStatusCode.Redirect && TenantClient.Location(response).Contains("/account/denied", StringComparison.Ordinal));
}
