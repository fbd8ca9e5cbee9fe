using DanVan.Tenants.Services;

namespace DanVan.Orchard.Tests.Tenancy;

/// <summary>The technical name and prefix suggested for a new district from its display name.</summary>
public sealed class TenantNamesTests
{
    [Theory]
    [InlineData("Trà Lĩnh", "TraLinh", "tra-linh")]
    [InlineData("Ban Dân vận Huyện ủy Trà Lĩnh", "TraLinh", "tra-linh")]
    [InlineData("Ban Dân vận Huyện ủy Đức Long", "DucLong", "duc-long")]
    [InlineData("Ban Dân vận Thành ủy Cao Bằng", "CaoBang", "cao-bang")]
    [InlineData("Ban Dân vận Thị ủy Quảng Uyên", "QuangUyen", "quang-uyen")]
    [InlineData("  đồng   văn  ", "DongVan", "dong-van")]
    [InlineData("Huyện 1", "Huyen1", "huyen-1")]
    [InlineData("1 Tháng 5", "T1Thang5", "1-thang-5")]
    [InlineData("Ban Dân vận", "BanDanVan", "ban-dan-van")]
    public void Folds_Vietnamese_and_leaves_out_the_boards_title(string displayName, string name, string prefix)
    {
        Assert.Equal((name, prefix), TenantNames.Suggest(displayName));
    }

    [Fact]
    public void An_empty_display_name_suggests_nothing()
    {
        Assert.Equal((string.Empty, string.Empty), TenantNames.Suggest("   "));
    }
}
