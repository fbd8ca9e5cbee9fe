using System.Net;

namespace DanVan.Web.Tests;

/// <summary>Changes the process's HOME: its classes run alone, after the parallel ones.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "Process environment (HOME)";
}

/// <summary>
/// A site upgraded from a version that kept its data-protection keys in ASP.NET's default folder in the account's
/// home (~/.aspnet/DataProtection-Keys) finds them in App_Data after the upgrade: nobody is signed out.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class KeyRingUpgradeTests
{
    [Fact]
    public async Task Keys_left_in_the_home_folder_by_an_earlier_version_are_copied_once_and_sign_ins_survive_the_upgrade()
    {
        using var before = new OrchardWebApplicationFactory();
        await before.Get<DanVan.Orchard.Tenancy.TenantSetupService>().SetupAsync("Default", OrchardWebApplicationFactory.SetupRequest("province-portal"), CancellationToken.None);
        var login = await before.Client(string.Empty).LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookies = string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

        // The earlier version's layout: the keys in the home folder, none in App_Data.
        var home = Directory.CreateTempSubdirectory("danvan-home-").FullName;
        var legacy = Path.Combine(home, ".aspnet", "DataProtection-Keys");
        Directory.CreateDirectory(legacy);
        var appDataKeys = Path.Combine(before.AppData, "DataProtection-Keys");
        var keys = Directory.GetFiles(appDataKeys, "key-*.xml");
        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            File.Move(key, Path.Combine(legacy, Path.GetFileName(key)));
        }

        var realHome = Environment.GetEnvironmentVariable("HOME");
        Environment.SetEnvironmentVariable("HOME", home);
        try
        {
            using var upgraded = new SameAppData(before);
            using var http = upgraded.CreateClient(new() { AllowAutoRedirect = false });
            using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
            request.Headers.Add("Cookie", cookies);

            Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(request)).StatusCode);
            Assert.Equal(keys.Select(Path.GetFileName).Order(), Directory.GetFiles(appDataKeys, "key-*.xml").Select(Path.GetFileName).Order());
            Assert.Equal(keys.Length, Directory.GetFiles(legacy, "key-*.xml").Length);
        }
        finally
        {
            Environment.SetEnvironmentVariable("HOME", realHome);
            Directory.Delete(home, recursive: true);
        }
    }

    private sealed class SameAppData(OrchardWebApplicationFactory original) : OrchardWebApplicationFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("DanVan:AppDataPath", original.AppData);
            builder.UseSetting("DanVan:RecipesPath", original.Recipes);
        }
    }
}
