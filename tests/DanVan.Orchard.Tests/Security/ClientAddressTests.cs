using System.Net;
using DanVan.Orchard.Security;

namespace DanVan.Orchard.Tests.Security;

/// <summary>The client part of rate-limit keys: an IPv6 client is its /64, an IPv4 one (also mapped into IPv6) its address.</summary>
public sealed class ClientAddressTests
{
    [Theory]
    [InlineData("2001:db8:a:b::1", "2001:db8:a:b::/64")]
    [InlineData("2001:db8:a:b:ffff:ffff:ffff:fffe", "2001:db8:a:b::/64")]
    [InlineData("2001:db8:a:c::1", "2001:db8:a:c::/64")]
    [InlineData("fe80::1%3", "fe80::/64")]
    [InlineData("::1", "::/64")]
    [InlineData("203.0.113.9", "203.0.113.9")]
    [InlineData("::ffff:203.0.113.9", "203.0.113.9")]
    public void Keys_an_ipv6_client_by_its_64_and_an_ipv4_one_by_its_address(string address, string key) =>
        Assert.Equal(key, ClientAddress.Key(IPAddress.Parse(address)));

    [Fact]
    public void An_unknown_address_is_an_empty_key() => Assert.Equal(string.Empty, ClientAddress.Key((IPAddress?)null));
}
