using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Audit;

/// <summary>
/// The portal and two districts, every request coming from <see cref="ClientAddress"/> (the test server has no
/// connection of its own), for the audit trail's tests: they toggle features and tenants, so the site is theirs.
/// </summary>
public sealed partial class AuditTrailSite : OrchardWebApplicationFactory, IAsyncLifetime
{
    public const string ClientAddress = "203.0.113.7";

    public async Task InitializeAsync()
    {
        _ = Server;
        await Get<DanVan.Orchard.Tenancy.TenantSetupService>().SetupAsync("Default", SetupRequest("province-portal"), CancellationToken.None);
        await CreateAndSetupAsync("HoaAn", "hoa-an", "Ban Dân vận Huyện ủy Hòa An", "district-board");
        await CreateAndSetupAsync("TraLinh", "tra-linh", "Ban Dân vận Huyện ủy Trà Lĩnh", "district-board");
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public async Task<TenantClient> AdminAsync(string prefix)
    {
        var admin = Client(prefix);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("admin", AdminPassword)).StatusCode);
        return admin;
    }

    /// <summary>The text of the audit list's rows (the table body), for <paramref name="query"/>.</summary>
    public static async Task<IReadOnlyList<string>> RowsAsync(TenantClient admin, string query = "")
    {
        var html = await admin.GetStringAsync("/admin/audit" + query);
        return Row().Matches(html).Select(m => WebUtility.HtmlDecode(Regex.Replace(m.Value, "<[^>]+>", " ")))
            .Select(t => Regex.Replace(t, "\\s+", " ").Trim()).ToList();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new FixedRemoteAddress()));
    }

    [GeneratedRegex("<tr>\\s*<td><time.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    private sealed class FixedRemoteAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(following => context =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(ClientAddress);
                return following(context);
            });
            next(app);
        };
    }
}
