using System.Text.Json.Nodes;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Performance;

/// <summary>What the page-model and page-part cache tests share: a tenant's scope in a host of their own, a published article.</summary>
internal static class HostTenantScopes
{
    /// <summary>As <see cref="OrchardWebApplicationFactory.InTenantAsync"/>, in the given host (its own shells and caches).</summary>
    public static async Task InTenantAsync(WebApplicationFactory<Program> host, string tenantName, Func<IServiceProvider, Task> action)
    {
        var registry = host.Services.GetRequiredService<TenantRegistry>();
        var settings = registry.Table.Find(tenantName) ?? throw new InvalidOperationException($"No tenant {tenantName}.");
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Activate(registry.GetShell(settings));
        await action(scope.ServiceProvider);
    }

    /// <summary>A published article at <c>tin-tuc/{slug}</c> in <paramref name="category"/>, not yet stored.</summary>
    public static ContentItem Article(string title, string slug, string category, string body = "<p>Nội dung của bài.</p>") =>
        Published("Article", title, "tin-tuc/" + slug, new JsonObject
        {
            ["HtmlBodyPart"] = new JsonObject { ["Html"] = body },
            ["Article"] = new JsonObject { ["Category"] = new JsonObject { ["Text"] = category } },
        });

    /// <summary>A published item of <paramref name="type"/> at <paramref name="path"/> with its title and <paramref name="parts"/>, not yet stored.</summary>
    public static ContentItem Published(string type, string title, string path, JsonObject parts)
    {
        parts["TitlePart"] = new JsonObject { ["Title"] = title };
        parts["AutoroutePart"] = new JsonObject { ["Path"] = path };
        return new ContentItem
        {
            ContentItemId = ContentItem.NewId(),
            ContentItemVersionId = ContentItem.NewId(),
            ContentType = type,
            DisplayText = title,
            Published = true,
            Latest = true,
            PublishedUtc = DateTime.UtcNow,
            ModifiedUtc = DateTime.UtcNow,
            Content = parts,
        };
    }
}
