using DanVan.Tenants.Services;
using DanVan.Tenants.ViewModels;

namespace DanVan.Orchard.Tests.Tenants;

/// <summary>The create form rules of TenantAdministration its annotations cannot say.</summary>
public sealed class TenantCreateFormRulesTests
{
    [Theory]
    [InlineData("quang-hoa", null, null, new string[0])]
    [InlineData(null, "quanghoa.example.vn", "mat-khau-du-dai", new string[0])]
    [InlineData(null, null, null, new[] { "Prefix" })]
    [InlineData("quang-hoa", "quanghoa.example.vn", null, new[] { "Prefix" })]
    [InlineData("quang-hoa", null, "ngan", new[] { "AdminPassword" })]
    [InlineData(" ", "", "ngan", new[] { "AdminPassword", "Prefix" })]
    public void A_new_tenant_has_a_prefix_or_a_host_and_a_long_enough_password_or_none(string? prefix, string? host, string? password, string[] fields)
    {
        var model = new TenantCreateViewModel { Name = "QuangHoa", Prefix = prefix, Host = host, AdminPassword = password };

        Assert.Equal(fields, TenantAdministration.CheckCreateForm(model).Select(e => e.Field).Order());
    }
}
