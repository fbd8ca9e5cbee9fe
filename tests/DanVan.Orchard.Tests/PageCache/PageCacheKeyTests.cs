using DanVan.Orchard.Display;
using DanVan.Orchard.PageCache;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.OutputCaching;

namespace DanVan.Orchard.Tests.PageCache;

/// <summary>
/// The page cache's key: one entry per page as its action reads the query (<c>?trang=01</c> is page 1), and no key —
/// so neither served from nor stored in the cache — for a query the page does not read or cannot read.
/// </summary>
public sealed class PageCacheKeyTests
{
    private static readonly string[] Shared = new PageCacheOptions().SharedQueryKeys.ToArray();

    /// <summary>A listing action: <c>Category(string slug, int trang = 1)</c> at /chuyen-muc/{slug}.</summary>
    private static readonly Endpoint Listing = new(
        null,
        new EndpointMetadataCollection(new ControllerActionDescriptor
        {
            Parameters =
            [
                new ControllerParameterDescriptor { Name = "trang", ParameterType = typeof(int) },
                new ControllerParameterDescriptor { Name = "q", ParameterType = typeof(string) },
            ],
        }),
        "listing");

    [Theory]
    [InlineData("?trang=1")]
    [InlineData("?trang=01")]
    [InlineData("?TRANG=1")]
    [InlineData("?trang=+1")]
    [InlineData("?trang=%201%20")]
    [InlineData("?trang=1&utm_source=zalo&utm_medium=social")]
    [InlineData("?fbclid=abc&trang=1")]
    public void Spellings_of_one_page_number_share_one_key(string query) =>
        Assert.Equal(Key("?trang=1"), Key(query));

    [Fact]
    public void Another_page_number_or_no_page_number_has_its_own_key()
    {
        Assert.NotEqual(Key("?trang=1"), Key("?trang=2"));
        Assert.NotEqual(Key("?trang=1"), Key(string.Empty));
        Assert.NotNull(Key(string.Empty));
    }

    [Theory]
    [InlineData("?x=abc")]
    [InlineData("?trang=1&x=abc")]
    [InlineData("?trang=abc")]
    [InlineData("?trang=")]
    [InlineData("?trang=1.5")]
    [InlineData("?trang=99999999999")]
    [InlineData("?trang=1&trang=2")]
    [InlineData("?=1")]
    [InlineData("?utm=1")]
    public void A_query_the_page_does_not_or_cannot_read_has_no_key(string query) =>
        Assert.Null(Key(query));

    [Fact]
    public void Text_the_page_reads_is_keyed_exactly_as_given()
    {
        // A page may echo it: " tin" and "tin" are different pages, and so are two spellings of the same letter.
        Assert.NotEqual(Key("?q=tin"), Key("?q=%20tin"));
        Assert.NotEqual(Key("?q=Tin"), Key("?q=tin"));
        Assert.Equal(Key("?q=tin"), Key("?Q=tin"));
    }

    [Fact]
    public void A_page_that_reads_no_query_has_no_key_for_a_query_except_the_shared_tags()
    {
        var home = new Endpoint(null, new EndpointMetadataCollection(new ControllerActionDescriptor { Parameters = [] }), "home");

        Assert.Null(Key("?q=xin+chao", home));
        Assert.Null(Key("?trang=2", home));
        Assert.Equal(Key(string.Empty, home), Key("?utm_campaign=tet&zarsrc=31", home));
    }

    [Fact]
    public void Values_are_read_as_the_action_reads_them()
    {
        Assert.Equal("1", PageCacheKey.Normalise("01", typeof(int)));
        Assert.Equal("1", PageCacheKey.Normalise(" +1 ", typeof(int?)));
        Assert.Null(PageCacheKey.Normalise("1,0", typeof(int)));
        Assert.Equal("True", PageCacheKey.Normalise("true", typeof(bool)));
        Assert.Equal("  văn bản ", PageCacheKey.Normalise("  văn bản ", typeof(string)));
    }

    private static string? Key(string query, Endpoint? endpoint = null)
    {
        var http = new DefaultHttpContext();
        http.Request.Scheme = "https";
        http.Request.Path = "/chuyen-muc/tin-tuc";
        http.Request.QueryString = new QueryString(query);
        http.SetEndpoint(endpoint ?? Listing);
        var context = new OutputCacheContext { HttpContext = http };
        context.CacheVaryByRules.QueryKeys = QueryKeys.Of(http.GetEndpoint());
        context.CacheVaryByRules.VaryByValues["tenant"] = "HoaAn:1";
        return PageCacheKey.Create(context, Shared);
    }
}
