using System.Net;

namespace DanVan.Web.Tests;

/// <summary>On one node the data-protection key ring lives in App_Data, so a restarted site keeps its sign-ins.</summary>
public sealed class DataProtectionKeyRingTests
{
    [Fact]
    public async Task A_sign_in_cookie_from_before_a_restart_on_the_same_app_data_still_opens_the_admin()
    {
        using var first = new OrchardWebApplicationFactory();
        await first.Get<DanVan.Orchard.Tenancy.TenantSetupService>().SetupAsync("Default", OrchardWebApplicationFactory.SetupRequest("province-portal"), CancellationToken.None);
        var login = await first.Client(string.Empty).LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(first.AppData, "DataProtection-Keys"), "key-*.xml"));
        var cookies = string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

        using var restarted = new SameAppDataFactory(first);
        using var http = restarted.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", cookies);

        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(request)).StatusCode);
    }

    private sealed class SameAppDataFactory(OrchardWebApplicationFactory original) : OrchardWebApplicationFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("DanVan:AppDataPath", original.AppData);
            builder.UseSetting("DanVan:RecipesPath", original.Recipes);
        }
    }
}
