using System.Text.RegularExpressions;
using DanVan.Orchard.Display;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Performance;

/// <summary>
/// The reader's feedback form under an item is kept per item (<see cref="PageFragmentCache"/>), with the page cache off:
/// each item's form carries its own path, and only an item's own (lower-case) path names a kept form.
/// </summary>
public sealed partial class ReaderFeedbackFormCacheTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    [Fact]
    public async Task Each_item_s_form_carries_its_own_path()
    {
        using var off = PageCacheOff();
        var client = off.CreateClient();

        for (var i = 0; i < 2; i++)
        {
            var article = await client.GetStringAsync("/hoa-an/" + ProvisionedSiteFixture.SampleArticlePath);
            var report = await client.GetStringAsync("/hoa-an/" + ProvisionedSiteFixture.SampleMeetingPath);
            Assert.Equal([ProvisionedSiteFixture.SampleArticlePath], ContentPaths(article));
            Assert.Equal([ProvisionedSiteFixture.SampleMeetingPath], ContentPaths(report));
        }
    }

    [Theory]
    [InlineData("HOI-NGHI-GIAO-BAN", "")]
    [InlineData("hoi-nghi-giao-ban", "/")]
    public async Task A_report_asked_for_by_another_spelling_files_feedback_under_its_own_path_and_keeps_no_second_form(string slugSpelling, string suffix)
    {
        using var off = PageCacheOff();
        var views = off.Services.GetRequiredService<PublishedViewCache>();
        var client = off.CreateClient();
        await client.GetStringAsync("/tra-linh/" + ProvisionedSiteFixture.SampleMeetingPath);
        var kept = views.Count;

        var other = ProvisionedSiteFixture.SampleMeetingPath.Replace("hoi-nghi-giao-ban", slugSpelling, StringComparison.Ordinal) + suffix;
        var page = await client.GetStringAsync("/tra-linh/" + other);

        Assert.Equal([ProvisionedSiteFixture.SampleMeetingPath], ContentPaths(page));
        Assert.Equal(kept, views.Count);
    }

    private WebApplicationFactory<Program> PageCacheOff() =>
        site.WithWebHostBuilder(b => b.UseSetting("DanVan:OutputCache:Enabled", "false"));

    private static List<string> ContentPaths(string html) => [.. ContentPathField().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<input type=\"hidden\" name=\"ContentPath\" value=\"([^\"]*)\" />")]
    private static partial Regex ContentPathField();
}
