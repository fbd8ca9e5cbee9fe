using System.Net;
using System.Text.RegularExpressions;
using DanVan.Feedback.Data;

namespace DanVan.Web.Tests.Feedback;

/// <summary>The portal's dashboard counts each district's reader messages from that district's own database, and no other's.</summary>
[Collection(FeedbackSiteCollection.Name)]
public sealed partial class FeedbackDashboardTests(FeedbackSiteFixture site)
{
    [GeneratedRegex("<tr data-feedback-district=\"([^\"]+)\">(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    private async Task<Dictionary<string, string>> RowsAsync()
    {
        var admin = site.Client(string.Empty);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword)).StatusCode);
        var html = await admin.GetStringAsync("/admin/tenants/dashboard");
        Assert.Contains("Ý kiến bạn đọc của các huyện", html);
        return RowPattern().Matches(html).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
    }

    private static int? Unhandled(string row) =>
        Regex.Match(row, "data-unhandled=\"(\\d*)\"").Groups[1].Value is { Length: > 0 } n ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : null;

    private async Task<int> NewInDatabaseAsync(string tenant) => (await site.MessagesAsync(tenant)).Count(m => m.Status == FeedbackStatus.New);

    [Fact]
    public async Task A_message_posted_in_hoa_an_is_counted_in_hoa_ans_row_only_and_listed_in_no_other_admin()
    {
        var withoutFeature = await site.DistrictWithoutFeedbackAsync();
        var before = await RowsAsync();

        var reader = new FeedbackReader(site, "HoaAn", "/hoa-an");
        Assert.Equal(HttpStatusCode.Redirect, (await reader.OpenAndSendAsync(FeedbackReader.Message("Đếm trên bảng theo dõi"))).StatusCode);
        var after = await RowsAsync();

        Assert.Equal(Unhandled(before["HoaAn"]) + 1, Unhandled(after["HoaAn"]));
        Assert.Equal(await NewInDatabaseAsync("HoaAn"), Unhandled(after["HoaAn"]));
        Assert.Equal(Unhandled(before["TraLinh"]), Unhandled(after["TraLinh"]));
        Assert.Equal(await NewInDatabaseAsync("TraLinh"), Unhandled(after["TraLinh"]));
        Assert.Contains("/hoa-an/admin/feedback", after["HoaAn"]);
        Assert.Null(Unhandled(after[withoutFeature.Name]));
        Assert.Contains("Chưa bật ý kiến bạn đọc", after[withoutFeature.Name]);
        Assert.DoesNotContain("Default", after.Keys);

        var traLinh = site.Client("/tra-linh");
        await traLinh.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);
        Assert.DoesNotContain("Đếm trên bảng theo dõi", await traLinh.GetStringAsync("/admin/feedback"));
        var hoaAn = site.Client("/hoa-an");
        await hoaAn.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);
        Assert.Contains("Đếm trên bảng theo dõi", await hoaAn.GetStringAsync("/admin/feedback"));
    }
}
