using System.Net;
using DanVan.Orchard.Contents;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Audit;

/// <summary>"Đặt làm trang chủ" and "Bỏ trang chủ" change a site setting, so the audit trail keeps them with the settings.</summary>
public sealed partial class AuditTrailEventsTests
{
    [Fact]
    public async Task Setting_and_resetting_the_home_page_are_recorded_as_settings_naming_the_item()
    {
        var item = TestContent.PublishedArticle("Giới thiệu Ban Dân vận Hòa An", "Giới thiệu", DateTime.UtcNow);
        item.ContentItemId = ContentItem.NewId();
        item.ContentItemVersionId = ContentItem.NewId();
        await site.InTenantAsync("HoaAn", services => services.GetRequiredService<IContentManager>().ImportAsync(item, CancellationToken.None));
        var admin = await site.AdminAsync("/hoa-an");
        var editPage = $"/admin/contents/{item.ContentItemId}/edit";
        Assert.Empty(await AuditTrailSite.RowsAsync(admin, "?category=Settings"));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(editPage, $"/admin/contents/{item.ContentItemId}/home", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(editPage, "/admin/contents/home/reset", [])).StatusCode);
        // Resetting again changes nothing, so it records nothing.
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(editPage, "/admin/contents/home/reset", [])).StatusCode);

        var rows = await AuditTrailSite.RowsAsync(admin, "?category=Settings");
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.Contains("Đặt làm trang chủ") && r.Contains("Giới thiệu Ban Dân vận Hòa An") && r.Contains(" admin ")
            && r.Contains(item.ContentItemId) && r.Contains(AuditTrailSite.ClientAddress));
        Assert.Contains(rows, r => r.Contains("Bỏ trang chủ") && r.Contains("Giới thiệu Ban Dân vận Hòa An") && r.Contains("trang tin tức mới nhất"));
    }
}
