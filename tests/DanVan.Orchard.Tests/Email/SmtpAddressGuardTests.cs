using System.Net;
using DanVan.Email.Smtp;

namespace DanVan.Orchard.Tests.Email;

/// <summary>Which addresses a tenant's own mail server may have: public unicast only, whatever the IPv6 disguise.</summary>
public sealed class SmtpAddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("10.0.0.5")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.254")]
    [InlineData("192.168.1.1")]
    [InlineData("100.64.0.1")]
    [InlineData("100.127.255.254")]
    [InlineData("169.254.169.254")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.251")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("::ffff:10.1.2.3")]
    [InlineData("::10.1.2.3")]
    [InlineData("64:ff9b::a9fe:a9fe")]
    [InlineData("2002:7f00:1::1")]
    public void Internal_addresses_are_refused(string address) => Assert.True(SmtpAddressGuard.IsForbidden(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("172.15.255.1")]
    [InlineData("100.128.0.1")]
    [InlineData("192.169.0.1")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("::ffff:8.8.8.8")]
    public void Public_addresses_are_allowed(string address) => Assert.False(SmtpAddressGuard.IsForbidden(IPAddress.Parse(address)));

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    [InlineData("localhost")]
    public async Task A_name_or_literal_resolving_to_an_internal_address_is_refused_before_any_connection(string host)
    {
        var refused = await Assert.ThrowsAsync<MailConnectionException>(() => SmtpAddressGuard.ResolveAllowedAsync(host, CancellationToken.None));

        Assert.Equal(MailFailureKind.NotAllowed, refused.Kind);
        Assert.Contains("địa chỉ nội bộ", refused.Message);
    }
}
