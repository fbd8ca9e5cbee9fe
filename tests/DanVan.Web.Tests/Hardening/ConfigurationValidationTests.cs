using System.Diagnostics;
using DanVan.Orchard.Configuration;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Tests.Hardening;

/// <summary>Options bound from configuration are checked when the site starts: a bad value stops it, naming the key.</summary>
public sealed class ConfigurationValidationTests
{
    [Theory]
    [InlineData("DanVan:RateLimits:SignIn:PermitLimit", "0", "must be at least 1")]
    [InlineData("DanVan:PublicBaseUrl", "not-a-url", "must be an absolute http(s) address without query, e.g. https://danvan.example.vn")]
    [InlineData("DanVan:TenantIdleTimeout", "-00:05:00", "must be a positive time span, e.g. 00:01:00 for a minute")]
    public async Task The_site_process_exits_1_with_one_line_naming_the_key(string key, string value, string requirement)
    {
        using var site = new OrchardWebApplicationFactory();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DanVan.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["DanVan__AppDataPath"] = site.AppData;
        start.Environment["DanVan__RecipesPath"] = site.Recipes;
        start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, process.ExitCode);
        var line = Assert.Single((await error).Trim().Split('\n'));
        Assert.Equal($"error: {key} {requirement} (it is '{value}').", line.TrimEnd('\r'));
        Assert.DoesNotContain("   at ", await output);
        Assert.False(File.Exists(Path.Combine(site.AppData, "tenants.json")), "nothing is written before the configuration is checked");
    }

    [Theory]
    [InlineData("DanVan:RateLimits:ForgotPassword:Window", "-00:01:00", "must be a positive time span")]
    [InlineData("DanVan:Media:MaxFileSize", "0", "must be at least 1")]
    [InlineData("DanVan:Content:MaxHtmlDepth", "0", "must be at least 1")]
    [InlineData("DanVan:ForwardedHeaders:KnownProxies:0", "not-an-ip", "must be an IP address")]
    [InlineData("DanVan:Users:SessionCacheDuration", "-00:00:01", "must not be negative")]
    [InlineData("DanVan:Feedback:SignInCaptcha:FailedAttempts", "0", "must be at least 1")]
    [InlineData("DanVan:Feedback:SignInCaptcha:Window", "00:00:00", "must be a positive time span")]
    [InlineData("DanVan:Database:Provider", "Oracle", "must be Sqlite or Postgres")]
    [InlineData("DanVan:Database:MaxPoolSize", "0", "must be at least 1")]
    public void The_start_checks_name_the_bad_key(string key, string value, string requirement)
    {
        var failure = Assert.Single(StartFailures(b => b.UseSetting(key, value)));

        Assert.StartsWith($"{key} {requirement}", failure);
        Assert.Contains($"'{value}'", failure);
    }

    [Fact]
    public void A_shared_azure_container_needs_a_folder_per_tenant()
    {
        var failure = Assert.Single(StartFailures(b => b
            .UseSetting("DanVan:Media:AzureBlob:ConnectionString", "UseDevelopmentStorage=true")
            .UseSetting("DanVan:Media:AzureBlob:ContainerName", "danvan-media")));

        Assert.StartsWith("DanVan:Media:AzureBlob:BasePath must contain {tenant}", failure);
    }

    [Theory]
    [InlineData("urls", "http://0.0.0.0:8080", "http://0.0.0.0:8080")]
    [InlineData("urls", "http://127.0.0.1:5000;http://+:80", "http://+:80")]
    [InlineData("http_ports", "8080", "*:8080")]
    [InlineData("Kestrel:Endpoints:Public:Url", "https://danvan.example.vn:443", "https://danvan.example.vn:443")]
    public void A_site_listening_beyond_loopback_needs_its_public_address(string key, string value, string exposed)
    {
        var failure = Assert.Single(StartFailures(b => b.UseSetting(key, value)));

        Assert.Equal($"DanVan:PublicBaseUrl must be set when the site listens beyond loopback (it listens on '{exposed}'), e.g. https://danvan.example.vn.", failure);
    }

    [Theory]
    [InlineData("urls", "http://127.0.0.1:5000;http://localhost:5001;http://[::1]:5002", null)]
    [InlineData("urls", "http://0.0.0.0:8080", "https://danvan.example.vn")]
    public void Loopback_or_a_configured_public_address_starts(string key, string value, string? publicBaseUrl)
    {
        Assert.Empty(StartFailures(b =>
        {
            b.UseSetting(key, value);
            if (publicBaseUrl is not null)
            {
                b.UseSetting("DanVan:PublicBaseUrl", publicBaseUrl);
            }
        }));
    }

    [Fact]
    public void The_shipped_and_test_settings_pass_the_start_checks()
    {
        Assert.Empty(StartFailures(_ => { }));
    }

    /// <summary>
    /// What the host's start-time options check (<c>ValidateOnStart</c>) reports for the settings. The in-process host
    /// runs Program, which reports the failures and stops before starting; the check itself is run again here.
    /// </summary>
    private static IReadOnlyList<string> StartFailures(Action<IWebHostBuilder> configure)
    {
        using var site = new OrchardWebApplicationFactory();
        using var configured = site.WithWebHostBuilder(configure);
        try
        {
            configured.Services.GetRequiredService<IStartupValidator>().Validate();
            return [];
        }
        catch (Exception e) when (e.ConfigurationFailures() is { } failures)
        {
            return failures;
        }
    }
}
