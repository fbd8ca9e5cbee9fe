using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace DanVan.Web.Tests.Hardening;

/// <summary>
/// A rate limit counts an IPv6 client by its /64: one home router hands its devices (and a script) any of 2^64
/// addresses, which must not be as many fresh budgets. Another /64 has its own budget.
/// </summary>
public sealed class RateLimitIpv6NetworkTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    [Fact]
    public async Task Sign_ins_from_addresses_of_one_ipv6_64_share_one_budget_and_another_64_keeps_its_own()
    {
        using var limited = site.WithWebHostBuilder(b => b
            .UseSetting("DanVan:RateLimits:SignIn:PermitLimit", "3")
            .UseSetting("DanVan:RateLimits:SignIn:Window", "00:10:00"));

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var guesser = From(limited, $"2001:db8:a:b::{attempt:x}");
            Assert.Equal(HttpStatusCode.BadRequest, (await guesser.LoginAsync("khong-co-ai", "doan-mat-khau-" + attempt)).StatusCode);
        }

        var sameNetwork = await From(limited, "2001:db8:a:b:ffff:ffff:ffff:fffe").LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, sameNetwork.StatusCode);

        var neighbour = await From(limited, "2001:db8:a:c::1").LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, neighbour.StatusCode);
    }

    private static TenantClient From(WebApplicationFactory<Program> host, string address)
    {
        var handler = new CookieContainerHandler { InnerHandler = host.Server.CreateHandler(c => c.Connection.RemoteIpAddress = IPAddress.Parse(address)) };
        return new TenantClient(new HttpClient(handler) { BaseAddress = host.Server.BaseAddress }, "/hoa-an");
    }
}
