using System.Net;
using DanVan.Orchard.Tenancy;

namespace DanVan.Web.Tests;

/// <summary>The CLI, run as its own process while the site runs: what it changes reaches the running site without a restart.</summary>
public sealed class TenantCliTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task Disabled_tenant_answers_503_in_vietnamese_and_comes_back_when_enabled()
    {
        var disable = await HostCli.RunAsync(site, "tenants", "disable", "--name", "TraLinh");
        Assert.Equal(0, disable.ExitCode);
        Assert.Equal("Tenant 'TraLinh' is disabled.", disable.Output);

        var disabled = await Eventually.ReturnsAsync(() => _client.GetAsync("/tra-linh/"), r => r.StatusCode == HttpStatusCode.ServiceUnavailable);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, disabled.StatusCode);
        Assert.Contains("tạm ngừng hoạt động", await disabled.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/hoa-an/")).StatusCode);

        var enable = await HostCli.RunAsync(site, "tenants", "enable", "--name", "TraLinh");
        Assert.Equal(0, enable.ExitCode);

        var back = await Eventually.ReturnsAsync(() => _client.GetAsync("/tra-linh/"), r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    [Fact]
    public async Task A_tenant_created_and_set_up_by_the_cli_is_served_by_the_running_site()
    {
        var create = await HostCli.RunAsync(site, "tenants", "create", "--name", "QuangHoa", "--display-name", "Ban Dân vận Huyện ủy Quảng Hòa",
            "--prefix", "quang-hoa", "--recipe", "district-board", "--recipe", "sample-content",
            "--admin-email", "admin@quang-hoa.example.vn", "--admin-password", OrchardWebApplicationFactory.AdminPassword);

        Assert.Equal(0, create.ExitCode);
        Assert.Matches(@"^Tenant 'QuangHoa' is set up in \d+ ms\.$", create.Output);
        var home = await Eventually.ReturnsAsync(() => _client.GetAsync("/quang-hoa/"), r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Ban Dân vận Huyện ủy Quảng Hòa", await home.Content.ReadAsStringAsync());

        var list = await HostCli.RunAsync(site, "tenants", "list");
        Assert.Matches(@"QuangHoa\s+Running\s+/quang-hoa\s+district-board", list.Output);
    }

    [Theory]
    [InlineData("Tên kỹ thuật “Xã 1” phải bắt đầu bằng chữ cái", "create", "--name", "Xã 1", "--prefix", "xa-1", "--recipe", "district-board")]
    [InlineData("Tiền tố “admin” là địa chỉ dành riêng", "create", "--name", "Admin", "--prefix", "admin", "--recipe", "district-board")]
    [InlineData("Tiền tố “hòa an” chỉ được gồm chữ thường không dấu", "create", "--name", "HoaAn2", "--prefix", "hòa an", "--recipe", "district-board")]
    [InlineData("Tiền tố “hoa-an” đã được trang khác dùng (HoaAn)", "create", "--name", "HoaAn2", "--prefix", "hoa-an", "--recipe", "district-board")]
    [InlineData("Không có mẫu cài đặt (recipe) “khong-co”", "create", "--name", "HoaAn3", "--prefix", "hoa-an-3", "--recipe", "khong-co")]
    [InlineData("Không có trang “Nope”", "disable", "--name", "Nope")]
    [InlineData("Không thể tạm dừng cổng tỉnh", "disable", "--name", "Default")]
    [InlineData("chỉ bật lại được trang đang tạm dừng", "enable", "--name", "HoaAn")]
    public async Task Refused_commands_exit_1_with_one_line_saying_why(string reason, params string[] args)
    {
        var result = await HostCli.RunAsync(site, ["tenants", .. args]);

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.Error.Split('\n'));
        Assert.Contains(reason, result.Error);
        Assert.DoesNotContain(site.Get<TenantRegistry>().Table.All, t => t.Name is "HoaAn2" or "HoaAn3" or "Admin");
    }

    [Fact]
    public async Task Bad_usage_exits_2_with_one_line()
    {
        var result = await HostCli.RunAsync(site, "tenants", "create", "--prefix", "x");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Split('\n'));
        Assert.Contains("--name", result.Error);
    }
}
