using DanVan.Orchard.Tenancy;

namespace DanVan.Orchard.Tests.Tenancy;

public sealed class TenantTableTests
{
    private static readonly TenantSettings Default = new() { Name = "Default", State = TenantState.Running };
    private static readonly TenantSettings HoaAn = new() { Name = "HoaAn", RequestUrlPrefix = "hoa-an", State = TenantState.Running };
    private static readonly TenantSettings TraLinh = new() { Name = "TraLinh", RequestUrlHost = "tralinh.example.vn, www.tralinh.example.vn", State = TenantState.Running };
    private static readonly TenantSettings HostAndPrefix = new() { Name = "QuangHoa", RequestUrlHost = "huyen.example.vn", RequestUrlPrefix = "quang-hoa" };
    private static readonly TenantSettings HostPrefixClash = new() { Name = "HostOwner", RequestUrlHost = "owner.example.vn" };

    private readonly TenantTable _table = new([Default, HoaAn, TraLinh, HostAndPrefix, HostPrefixClash]);

    [Fact]
    public void Root_path_resolves_to_the_default_tenant()
    {
        var match = _table.Resolve("localhost:5000", "/");

        Assert.Equal("Default", match?.Tenant.Name);
        Assert.Equal(string.Empty, match?.Prefix);
    }

    [Theory]
    [InlineData("/hoa-an")]
    [InlineData("/hoa-an/")]
    [InlineData("/hoa-an/tin-tuc/so-ket")]
    [InlineData("/HOA-AN/tin-tuc/so-ket")]
    public void First_segment_selects_a_prefix_tenant_whatever_its_case(string path)
    {
        var match = _table.Resolve("localhost", path);

        Assert.Equal("HoaAn", match?.Tenant.Name);
        Assert.Equal("hoa-an", match?.Prefix);
    }

    [Theory]
    [InlineData("/khong-co/tin-tuc")]
    [InlineData("/hoa-an-2")]
    [InlineData("/tin-tuc/hoa-an")]
    public void Unknown_prefix_falls_to_the_default_tenant_without_a_prefix(string path)
    {
        var match = _table.Resolve("localhost", path);

        Assert.Equal("Default", match?.Tenant.Name);
        Assert.Equal(string.Empty, match?.Prefix);
    }

    [Theory]
    [InlineData("tralinh.example.vn")]
    [InlineData("TRALINH.example.vn")]
    [InlineData("www.tralinh.example.vn:8080")]
    public void Host_selects_its_tenant(string host)
    {
        Assert.Equal("TraLinh", _table.Resolve(host, "/tin-tuc/x")?.Tenant.Name);
    }

    [Fact]
    public void Host_beats_prefix()
    {
        // On the host of TraLinh, /hoa-an/... is TraLinh's own path, not the HoaAn tenant.
        var match = _table.Resolve("tralinh.example.vn", "/hoa-an/tin-tuc/x");

        Assert.Equal("TraLinh", match?.Tenant.Name);
        Assert.Equal(string.Empty, match?.Prefix);
    }

    [Fact]
    public void Tenant_with_host_and_prefix_needs_both()
    {
        Assert.Equal("QuangHoa", _table.Resolve("huyen.example.vn", "/quang-hoa/")?.Tenant.Name);
        Assert.Equal("Default", _table.Resolve("huyen.example.vn", "/other/")?.Tenant.Name);
        Assert.Equal("Default", _table.Resolve("localhost", "/quang-hoa/")?.Tenant.Name);
    }

    [Fact]
    public void Without_a_default_tenant_an_unmatched_request_resolves_to_nothing()
    {
        var table = new TenantTable([HoaAn]);

        Assert.Null(table.Resolve("localhost", "/"));
        Assert.Equal("HoaAn", table.Resolve("localhost", "/hoa-an/")?.Tenant.Name);
    }
}
