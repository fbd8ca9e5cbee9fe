using DanVan.Orchard.Tenancy;

namespace DanVan.Orchard.Tests.Tenancy;

/// <summary>The one validator of tenant names and addresses: typed errors, reserved prefixes and the portal's hosts.</summary>
public sealed class TenantValidatorTests
{
    private static readonly TenantSettings Default = new() { Name = "Default", RequestUrlHost = "cong.danvan.example.vn", State = TenantState.Running };
    private static readonly TenantSettings HoaAn = new() { Name = "HoaAn", RequestUrlPrefix = "hoa-an", State = TenantState.Running };
    private static readonly TenantSettings TraLinh = new() { Name = "TraLinh", RequestUrlHost = "tralinh.example.vn", State = TenantState.Running };
    private static readonly TenantSettings[] All = [Default, HoaAn, TraLinh];

    private static async Task<TenantValidator> ValidatorAsync(string? publicBaseUrl = "https://danvan.example.vn")
    {
        var registry = await TenantFixtures.RegistryAsync(All);
        return new TenantValidator(new ReservedPrefixes(), TenantFixtures.Address(registry, publicBaseUrl));
    }

    [Theory]
    [InlineData("QuangHoa", "quang-hoa", null, null)]
    [InlineData("QuangHoa", null, "quanghoa.example.vn", null)]
    [InlineData("1Sai", "mot-sai", null, TenantErrorCode.Invalid)]
    [InlineData("HOAAN", "hoa-an-2", null, TenantErrorCode.NameTaken)]
    [InlineData("QuangHoa", null, null, TenantErrorCode.AddressRequired)]
    [InlineData("QuangHoa", "Hòa An", null, TenantErrorCode.Invalid)]
    [InlineData("QuangHoa", "admin", null, TenantErrorCode.PrefixReserved)]
    [InlineData("QuangHoa", "HOA-AN", null, TenantErrorCode.Invalid)]
    [InlineData("QuangHoa", "hoa-an", null, TenantErrorCode.PrefixTaken)]
    [InlineData("QuangHoa", null, "TraLinh.Example.vn", TenantErrorCode.HostTaken)]
    [InlineData("QuangHoa", null, "danvan.example.vn", TenantErrorCode.HostReserved)]
    [InlineData("QuangHoa", null, "DanVan.Example.VN:443", TenantErrorCode.HostReserved)]
    [InlineData("QuangHoa", null, "cong.danvan.example.vn", TenantErrorCode.HostReserved)]
    [InlineData("QuangHoa", null, "localhost", TenantErrorCode.HostReserved)]
    [InlineData("QuangHoa", null, "127.0.0.1", TenantErrorCode.HostReserved)]
    [InlineData("QuangHoa", null, "khong hop le", TenantErrorCode.Invalid)]
    public async Task A_new_tenant_is_checked_with_a_typed_error(string name, string? prefix, string? host, TenantErrorCode? expected)
    {
        var validator = await ValidatorAsync();

        var errors = validator.Validate(TenantAddress.Create(name, prefix, host), null, All);

        Assert.Equal(expected, (errors.Count > 0 ? errors[0] : null)?.Code);
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }

    [Fact]
    public async Task Taken_addresses_name_their_holder_and_are_conflicts()
    {
        var validator = await ValidatorAsync();

        var error = Assert.Single(validator.Validate(TenantAddress.Create("QuangHoa", "hoa-an", null), null, All));

        Assert.Equal("HoaAn", error.Holder);
        Assert.True(error.IsConflict);
        Assert.False(validator.Validate(TenantAddress.Create("QuangHoa", "admin", null), null, All).Single().IsConflict);
    }

    [Fact]
    public async Task Editing_keeps_its_own_address_and_the_default_tenant_may_have_the_portal_host()
    {
        var validator = await ValidatorAsync();

        Assert.Empty(validator.Validate(TenantAddress.Create("HoaAn", "hoa-an", null), HoaAn, All));
        Assert.Empty(validator.Validate(TenantAddress.Create("Default", null, "danvan.example.vn"), Default, All));
        Assert.Equal(TenantErrorCode.Invalid, validator.Validate(TenantAddress.Create("Default", "cong", null), Default, All).Single().Code);
        Assert.Equal(TenantErrorCode.PrefixTaken, validator.Validate(TenantAddress.Create("TraLinh", "hoa-an", null), TraLinh, All).Single().Code);
    }

    [Fact]
    public async Task Without_a_configured_portal_only_the_default_hosts_and_loopback_are_reserved()
    {
        var validator = await ValidatorAsync(publicBaseUrl: null);

        Assert.Empty(validator.Validate(TenantAddress.Create("QuangHoa", null, "danvan.example.vn"), null, All));
        Assert.Equal(TenantErrorCode.HostReserved, validator.Validate(TenantAddress.Create("QuangHoa", null, "cong.danvan.example.vn"), null, All).Single().Code);
        Assert.Equal(TenantErrorCode.HostReserved, validator.Validate(TenantAddress.Create("QuangHoa", null, "localhost:5000"), null, All).Single().Code);
    }
}
