using System.Net;

namespace DanVan.Web.Tests.Audit;

/// <summary>The province locks the audit trail on for a district with a <c>Require</c> rule in its feature profile.</summary>
public sealed class AuditTrailLockTests(AuditTrailSite site) : IClassFixture<AuditTrailSite>
{
    [Fact]
    public async Task A_district_without_the_audit_trail_works_and_once_the_province_requires_it_it_cannot_be_turned_off()
    {
        var district = await site.AdminAsync("/hoa-an");
        Assert.Equal(HttpStatusCode.Redirect, (await district.PostFormAsync("/admin/features", "/admin/features/DanVan.AuditTrail/disable", [])).StatusCode);

        // With the trail off, everything that raises audit events still works.
        Assert.Equal(HttpStatusCode.Redirect, (await district.PostFormAsync("/admin/settings", "/admin/settings", new()
        {
            ["SiteName"] = "Ban Dân vận Huyện ủy Hòa An", ["ContactPhone"] = "0206 3 111 222", ["TimeZone"] = "Asia/Ho_Chi_Minh", ["Culture"] = "vi-VN",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await site.Client("/hoa-an").LoginAsync("khi-tat-nhat-ky", "mat-khau-bat-ky-1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await district.GetAsync("/admin/audit")).StatusCode);

        var portal = await site.AdminAsync(string.Empty);
        Assert.Equal(HttpStatusCode.Redirect, (await portal.PostFormAsync("/admin/tenants/feature-profiles", "/admin/tenants/feature-profiles", new()
        {
            ["Name"] = "khoa-nhat-ky", ["Rules"] = "Include DanVan.*\nRequire DanVan.AuditTrail",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await portal.PostFormAsync("/admin/tenants/HoaAn/edit", "/admin/tenants/HoaAn/edit", new()
        {
            ["DisplayName"] = "Ban Dân vận Huyện ủy Hòa An", ["Prefix"] = "hoa-an", ["Host"] = string.Empty, ["FeatureProfile"] = "khoa-nhat-ky",
        })).StatusCode);

        // Assigning the profile turned the trail back on; nothing from while it was off is in it.
        var rows = await AuditTrailSite.RowsAsync(district);
        Assert.DoesNotContain(rows, r => r.Contains("khi-tat-nhat-ky") || r.Contains("Sửa cài đặt"));
        var features = await district.GetStringAsync("/admin/features");
        Assert.Contains("Tỉnh khóa bật", features);
        Assert.DoesNotContain("/admin/features/DanVan.AuditTrail/disable", features);

        var refused = await district.PostFormAsync("/admin/features", "/admin/features/DanVan.AuditTrail/disable", []);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("yêu cầu các trang huyện luôn bật", await refused.Content.ReadAsStringAsync());
        var alongWith = await district.PostFormAsync("/admin/features", "/admin/features/DanVan.Contents/disable", []);
        Assert.Equal(HttpStatusCode.Conflict, alongWith.StatusCode);
        Assert.Contains("yêu cầu luôn bật “Nhật ký thao tác”", await alongWith.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await district.GetAsync("/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await district.GetAsync("/admin/contents")).StatusCode);

        // Another district, without the profile, may still turn it off.
        var other = await site.AdminAsync("/tra-linh");
        Assert.DoesNotContain("Tỉnh khóa bật", await other.GetStringAsync("/admin/features"));
        Assert.Equal(HttpStatusCode.Redirect, (await other.PostFormAsync("/admin/features", "/admin/features/DanVan.AuditTrail/disable", [])).StatusCode);

        var portalRows = await AuditTrailSite.RowsAsync(portal, "?category=Tenants");
        Assert.Contains(portalRows, r => r.Contains("Lưu hồ sơ tính năng") && r.Contains("Require DanVan.AuditTrail"));
        Assert.Contains(portalRows, r => r.Contains("Sửa trang huyện") && r.Contains("khoa-nhat-ky"));
    }
}
