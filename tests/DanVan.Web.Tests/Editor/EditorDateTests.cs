using System.Net;
using DanVan.Orchard.Contents;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Editor;

/// <summary>Dates in the content editor are typed day first, whatever the browser's language, and parsed by the server.</summary>
public sealed class EditorDateTests(EditorSite site) : IClassFixture<EditorSite>
{
    private static async Task<HttpResponseMessage> SaveMeetingAsync(TenantClient admin, string title, string date) =>
        await admin.PostFormAsync("/admin/contents/create/MeetingReport", "/admin/contents/create/MeetingReport", new()
        {
            ["Title"] = title,
            ["f.MeetingReport.MeetingDate"] = date,
            ["submit"] = "draft",
        });

    [Theory]
    [InlineData("15/07/2026")]
    [InlineData("15/7/2026")]
    [InlineData("15072026")]
    [InlineData(" 15-7-2026 ")]
    [InlineData("15.07.2026")]
    [InlineData("15/07/26")]
    [InlineData("2026-07-15")]
    public async Task A_date_typed_day_first_is_stored_as_that_day(string typed)
    {
        var admin = await site.SignedInAsync();

        var id = EditorSite.IdFrom(await SaveMeetingAsync(admin, "Hội nghị ngày " + typed.Trim(), typed));

        string? stored = null;
        await site.InTenantAsync("HoaAn", async services =>
            stored = (await services.GetRequiredService<IContentManager>().GetLatestVersionAsync(id, CancellationToken.None))!
                .Item.Field("MeetingReport", "MeetingDate")?["Value"]?.GetValue<string>());
        Assert.Equal("2026-07-15T00:00:00Z", stored);

        // Shown again day first, with the day in words.
        var page = await admin.GetStringAsync($"/admin/contents/{id}/edit");
        Assert.Contains("value=\"15/07/2026\"", page);
        Assert.Contains("Thứ Tư, 15 tháng 7 năm 2026", page);
        Assert.DoesNotContain("type=\"date\"", page);
    }

    [Theory]
    [InlineData("31/02/2026")]
    [InlineData("07/15/2026")]
    [InlineData("15/07")]
    [InlineData("ngày mai")]
    public async Task A_date_that_is_not_one_is_refused_next_to_its_field(string typed)
    {
        var admin = await site.SignedInAsync();

        var response = await SaveMeetingAsync(admin, "Hội nghị ngày sai", typed);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = EditorSite.ErrorNextTo(await response.Content.ReadAsStringAsync(), "f.MeetingReport.MeetingDate");
        Assert.Equal("Ngày họp: ngày không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 15/07/2026.", error);
    }
}
