using DanVan.Orchard.Data;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Display;

/// <summary>The tenant's main menu (set by the <c>Menu</c> recipe step and the admin's menu page), cached in its shell.</summary>
public sealed class MenuService(Tenancy.TenantContext tenant, IServiceProvider services)
{
    public const string DocumentId = "MainMenu";
    public const int MaxTextLength = 60;
    private const string ReadersCacheKey = "Display.ReadersMenu";

    /// <summary>The menu; empty for a tenant not set up yet (the layout is also rendered around the setup page's view start).</summary>
    public async Task<IReadOnlyList<MenuItem>> GetAsync(CancellationToken cancellationToken) =>
        tenant.HasTenant ? (await Documents.GetAsync<MenuDocument>(DocumentId, cancellationToken)).Items : [];

    /// <summary>
    /// The menu readers see: the edited entries, then those of the enabled modules' sources not already there. Built
    /// once per content generation of the tenant (a publish, a menu or feature change moves it on): a page rendered
    /// afresh, e.g. the long tail the page cache does not hold, then reads no content for its menu.
    /// </summary>
    public async Task<IReadOnlyList<MenuItem>> GetForReadersAsync(CancellationToken cancellationToken)
    {
        if (!tenant.HasTenant)
        {
            return await GetAsync(cancellationToken);
        }

        var shell = tenant.Shell;
        return await shell.Cache.GetForGenerationAsync(ReadersCacheKey, shell.ContentGeneration, () => BuildForReadersAsync(cancellationToken));
    }

    private async Task<IReadOnlyList<MenuItem>> BuildForReadersAsync(CancellationToken cancellationToken)
    {
        var items = (await GetAsync(cancellationToken)).ToList();
        foreach (var source in await services.GetRequiredService<Modules.FeatureGate>().GetEnabledAsync<IMenuEntrySource>(cancellationToken))
        {
            items.AddRange((await source.GetEntriesAsync(cancellationToken)).Where(e => !items.Exists(i => i.Url == e.Url)));
        }

        return items;
    }

    public Task SaveAsync(IReadOnlyList<MenuItem> items, CancellationToken cancellationToken) =>
        Documents.SaveAsync(DocumentId, new MenuDocument { Items = items.ToList() }, cancellationToken);

    // Resolved on use: resolving the tenant's database in a scope without a tenant would throw.
    private IDocumentStore Documents => services.GetRequiredService<IDocumentStore>();

    /// <summary>Why an entry cannot be used, or null: text of 1–60 characters; a link inside the site (~/ or /) or https.</summary>
    public static string? Validate(MenuItem item)
    {
        if (string.IsNullOrWhiteSpace(item.Text) || item.Text.Length > MaxTextLength)
        {
            return $"tên mục phải có 1–{MaxTextLength} ký tự";
        }

        var url = item.Url ?? string.Empty;
        var ok = (url.StartsWith("~/", StringComparison.Ordinal) || (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)) ||
                  url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) &&
                 url.Length <= 400 && !url.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'' or '<' or '>');
        return ok ? null : $"liên kết “{url}” phải bắt đầu bằng ~/, / hoặc https://";
    }

    private sealed class MenuDocument
    {
        public List<MenuItem> Items { get; set; } = [];
    }
}
