using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Http;

namespace DanVan.Orchard.Tests.Tenancy;

/// <summary>Absolute links come from the configured addresses; the request's Host is used only when it can be trusted.</summary>
public sealed class PublicAddressTests
{
    private static readonly TenantSettings Default = new() { Name = "Default", State = TenantState.Running };
    private static readonly TenantSettings HoaAn = new() { Name = "HoaAn", RequestUrlPrefix = "hoa-an", State = TenantState.Running };
    private static readonly TenantSettings TraLinh = new() { Name = "TraLinh", RequestUrlHost = "tralinh.example.vn", State = TenantState.Running };

    private static HttpRequest Request(string host, string scheme = "http")
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = scheme;
        context.Request.Host = new HostString(host);
        return context.Request;
    }

    [Theory]
    [InlineData("evil.example", "https://danvan.example.vn/hoa-an/")]
    [InlineData("danvan.example.vn", "https://danvan.example.vn/hoa-an/")]
    [InlineData("localhost:5000", "https://danvan.example.vn/hoa-an/")]
    public async Task With_a_configured_portal_links_never_follow_the_host_header(string host, string expected)
    {
        var address = TenantFixtures.Address(await TenantFixtures.RegistryAsync(Default, HoaAn, TraLinh), "https://DanVan.example.vn/");

        Assert.Equal(expected, address.BaseUrl(HoaAn, Request(host)));
        Assert.Equal("https://danvan.example.vn/", address.BaseUrl(Default, Request(host)));
        Assert.Equal("https://tralinh.example.vn/", address.BaseUrl(TraLinh, Request(host)));
    }

    [Theory]
    [InlineData("localhost:5000", "http://localhost:5000/hoa-an/")]
    [InlineData("127.0.0.1:8080", "http://127.0.0.1:8080/hoa-an/")]
    [InlineData("evil.example", "http://localhost/hoa-an/")]
    [InlineData("evil.example:5000", "http://localhost/hoa-an/")]
    public async Task Without_one_only_loopback_and_tenant_hosts_are_believed(string host, string expected)
    {
        var address = TenantFixtures.Address(await TenantFixtures.RegistryAsync(Default, HoaAn, TraLinh));

        Assert.Equal(expected, address.BaseUrl(HoaAn, Request(host)));
        Assert.Equal("http://tralinh.example.vn:5000/", address.BaseUrl(TraLinh, Request("tralinh.example.vn:5000")));
    }

    [Fact]
    public async Task Only_known_hosts_are_served_once_the_portal_is_configured()
    {
        var registry = await TenantFixtures.RegistryAsync(Default, HoaAn, TraLinh);
        var configured = TenantFixtures.Address(registry, "https://danvan.example.vn");
        var development = TenantFixtures.Address(registry);

        Assert.True(configured.Serves(new HostString("danvan.example.vn")));
        Assert.True(configured.Serves(new HostString("DANVAN.example.vn:443")));
        Assert.True(configured.Serves(new HostString("tralinh.example.vn")));
        Assert.False(configured.Serves(new HostString("evil.example")));
        Assert.True(development.Serves(new HostString("evil.example")));
    }
}
