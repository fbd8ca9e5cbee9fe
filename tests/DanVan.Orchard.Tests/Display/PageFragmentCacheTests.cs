using System.Globalization;
using System.Security.Claims;
using DanVan.Orchard.Display;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace DanVan.Orchard.Tests.Display;

/// <summary>
/// Kept parts of pages (the layout's banner, menu, footer): shared only between anonymous requests of one tenant, its
/// content generation, culture and path base; a signed-in request never reads nor leaves one.
/// </summary>
public sealed class PageFragmentCacheTests
{
    [Fact]
    public async Task Anonymous_requests_of_one_tenant_share_a_part_rendered_once()
    {
        using var views = NewViews();
        var fragments = new PageFragmentCache(views);
        var tenant = Tenant(new FakeTenantShell("HoaAn"));
        var renders = 0;

        var first = await fragments.GetOrRenderAsync(tenant, Anonymous(), "Test.Footer", () => Render(ref renders, "footer"));
        var second = await fragments.GetOrRenderAsync(tenant, Anonymous(), "Test.Footer", () => Render(ref renders, "other"));

        Assert.Equal("footer", first.Value);
        Assert.Same(first, second);
        Assert.Equal(1, renders);
    }

    [Fact]
    public async Task A_signed_in_request_renders_its_own_and_leaves_nothing_for_anonymous_readers()
    {
        using var views = NewViews();
        var fragments = new PageFragmentCache(views);
        var tenant = Tenant(new FakeTenantShell("HoaAn"));
        var renders = 0;

        var signedIn = await fragments.GetOrRenderAsync(tenant, SignedIn(), "Test.Header", () => Render(ref renders, "Xin chào, Lan"));
        Assert.Equal(0, views.Count);
        var anonymous = await fragments.GetOrRenderAsync(tenant, Anonymous(), "Test.Header", () => Render(ref renders, "anonymous"));
        var signedInAgain = await fragments.GetOrRenderAsync(tenant, SignedIn(), "Test.Header", () => Render(ref renders, "Xin chào, Minh"));

        Assert.Equal("Xin chào, Lan", signedIn.Value);
        Assert.Equal("anonymous", anonymous.Value);
        Assert.Equal("Xin chào, Minh", signedInAgain.Value);
        Assert.Equal(3, renders);
    }

    [Fact]
    public async Task Tenants_generations_cultures_and_path_bases_each_have_their_own()
    {
        using var views = NewViews();
        var fragments = new PageFragmentCache(views);
        var hoaAnShell = new FakeTenantShell("HoaAn");
        var hoaAn = Tenant(hoaAnShell);
        var traLinh = Tenant(new FakeTenantShell("TraLinh"));
        var renders = 0;

        await fragments.GetOrRenderAsync(hoaAn, Anonymous("/hoa-an"), "Test.Footer", () => Render(ref renders, "Hòa An"));
        Assert.Equal("Trà Lĩnh", (await fragments.GetOrRenderAsync(traLinh, Anonymous("/hoa-an"), "Test.Footer", () => Render(ref renders, "Trà Lĩnh"))).Value);
        Assert.Equal("prefix", (await fragments.GetOrRenderAsync(hoaAn, Anonymous("/other"), "Test.Footer", () => Render(ref renders, "prefix"))).Value);

        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            Assert.Equal("English", (await fragments.GetOrRenderAsync(hoaAn, Anonymous("/hoa-an"), "Test.Footer", () => Render(ref renders, "English"))).Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }

        hoaAnShell.SignalChanged();
        Assert.Equal("after", (await fragments.GetOrRenderAsync(hoaAn, Anonymous("/hoa-an"), "Test.Footer", () => Render(ref renders, "after"))).Value);
        Assert.Equal(5, renders);
    }

    [Fact]
    public async Task A_part_goes_with_its_released_shell()
    {
        using var views = NewViews();
        var fragments = new PageFragmentCache(views);
        var shell = new FakeTenantShell("HoaAn");
        var renders = 0;
        await fragments.GetOrRenderAsync(Tenant(shell), Anonymous(), "Test.Footer", () => Render(ref renders, "footer"));

        shell.Release();
        var again = await fragments.GetOrRenderAsync(Tenant(shell), Anonymous(), "Test.Footer", () => Render(ref renders, "again"));

        Assert.Equal("again", again.Value);
        Assert.Equal(2, renders);
    }

    [Fact]
    public async Task A_request_without_a_running_tenant_keeps_nothing()
    {
        using var views = NewViews();
        var fragments = new PageFragmentCache(views);
        var renders = 0;

        await fragments.GetOrRenderAsync(new TenantContext(), Anonymous(), "Test.Footer", () => Render(ref renders, "setup"));
        await fragments.GetOrRenderAsync(new TenantContext(), Anonymous(), "Test.Footer", () => Render(ref renders, "setup"));

        Assert.Equal(2, renders);
        Assert.Equal(0, views.Count);
    }

    private static PublishedViewCache NewViews() => new(Options.Create(new PublishedViewCacheOptions { SizeLimitMB = 1 }));

    private static TenantContext Tenant(ITenantShell shell)
    {
        var tenant = new TenantContext();
        tenant.Activate(shell);
        return tenant;
    }

    private static DefaultHttpContext Anonymous(string pathBase = "/hoa-an")
    {
        var context = new DefaultHttpContext();
        context.Request.PathBase = pathBase;
        return context;
    }

    private static DefaultHttpContext SignedIn()
    {
        var context = Anonymous();
        context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "lan")], "Identity.Application"));
        return context;
    }

    private static Task<HtmlString> Render(ref int renders, string html)
    {
        renders++;
        return Task.FromResult(new HtmlString(html));
    }
}
