using System.Globalization;
using System.Net;

namespace DanVan.Web.Tests.Fuzz;

/// <summary>
/// The fuzz pass over a district's forms (reader and admin): a few hundred generated inputs per form, seeded and
/// reproducible; no input may produce a 5xx, and the site still serves its pages afterwards.
/// </summary>
public sealed class DistrictFormsFuzzTests(DistrictFormsFuzzTests.Site site) : IClassFixture<DistrictFormsFuzzTests.Site>
{
    private const int Iterations = 120;

    public sealed class Site : OrchardWebApplicationFactory, IAsyncLifetime
    {
        public string EditorId { get; private set; } = string.Empty;

        public async Task InitializeAsync()
        {
            await Get<DanVan.Orchard.Tenancy.TenantSetupService>().SetupAsync("Default", SetupRequest("province-portal"), CancellationToken.None);
            await CreateAndSetupAsync("HoaAn", "hoa-an", "Ban Dân vận Huyện ủy Hòa An", "district-board", "sample-content");
            EditorId = await CreateUserAsync("HoaAn", "editor", "Editor");
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task Admin_forms_never_answer_5xx()
    {
        var admin = site.Client("/hoa-an");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword)).StatusCode);
        var fuzzer = new FormFuzzer(admin, new FuzzValues(20261130));

        var created = await admin.PostFormAsync("/admin/contents/create/Article", "/admin/contents/create/Article", new()
        {
            ["Title"] = "Bài để thử", ["BodyHtml"] = "<p>Nội dung.</p>", ["f.Article.Summary"] = "Tóm tắt.", ["submit"] = "publish",
        });
        var editPage = TenantClient.Location(created)[admin.Prefix.Length..];

        foreach (var page in new[]
        {
            "/admin/contents/create/Article", "/admin/contents/create/MeetingReport", editPage, "/admin/settings", "/admin/menu",
            "/admin/users/create", $"/admin/users/{site.EditorId}/edit",
        })
        {
            await fuzzer.FuzzPageAsync(page, Iterations, action => action.Contains("/logout", StringComparison.Ordinal));
        }

        Assert.True(fuzzer.Failures.Count == 0, string.Join(Environment.NewLine, fuzzer.Failures.Take(10)));
        Assert.True(fuzzer.Posted >= 7 * Iterations, $"only {fuzzer.Posted} posts were made");
        await AssertStillServesAsync(site.Client("/hoa-an"));
    }

    [Fact]
    public async Task Reader_and_account_forms_never_answer_5xx()
    {
        var reader = site.Client("/hoa-an");
        var fuzzer = new FormFuzzer(reader, new FuzzValues(1127));

        await fuzzer.FuzzPageAsync("/account/forgot-password", Iterations);
        await fuzzer.FuzzPageAsync("/account/reset-password?userId=x&code=y", Iterations);
        await fuzzer.FuzzPageAsync("/login", Iterations);

        Assert.True(fuzzer.Failures.Count == 0, string.Join(Environment.NewLine, fuzzer.Failures.Take(10)));
        await AssertStillServesAsync(site.Client("/hoa-an"));
    }

    [Fact]
    public async Task Generated_reader_addresses_never_answer_5xx()
    {
        var values = new FuzzValues(42);
        var reader = site.Client("/hoa-an");
        var failures = new List<string>();
        string[] shapes = ["/tin-tuc/{0}", "/chuyen-muc/{0}?trang={1}", "/tu-khoa/{0}?trang={1}", "/bao-cao-hoi-nghi/{0}", "/hoi-nghi/{0}",
            "/media/{0}?width={1}", "/chuyen-muc/{0}/rss.xml", "/{0}", "/?trang={1}&{0}={1}", "/login?ReturnUrl={0}", "/admin/contents?q={0}&type={1}&trang={1}"];
        for (var i = 0; i < 400; i++)
        {
            // A NUL in the path is refused by the test server's client before it is sent (Kestrel answers 400 itself).
            var path = string.Format(CultureInfo.InvariantCulture, shapes[i % shapes.Length], FuzzValues.Escape(values.String(300).Replace("\0", string.Empty)),
                FuzzValues.Escape(values.String(40)));
            var error = await FuzzOutcome.ServerErrorAsync(() => reader.GetAsync(path));
            if (error is not null)
            {
                failures.Add($"seed 42 iteration {i}: GET {reader.Url(path)} {error}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(10)));
    }

    private static async Task AssertStillServesAsync(TenantClient reader)
    {
        foreach (var path in new[] { "/", "/rss.xml", "/sitemap.xml", "/bao-cao-hoi-nghi", ProvisionedSiteFixture.SampleArticlePath.Insert(0, "/") })
        {
            var response = await reader.GetAsync(path);
            Assert.True((int)response.StatusCode < 500, $"GET {reader.Url(path)} answered {(int)response.StatusCode} after the fuzz pass");
        }
    }
}
