using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;

namespace DanVan.Orchard.Security;

/// <summary>
/// The client part of a rate-limit or robot-counter key. An IPv6 client is its /64 network: one home router or phone
/// gets a whole /64 and may use any of its 2^64 addresses, so keying the full address would give it as many fresh
/// budgets. An IPv4 address mapped into IPv6 (a dual-stack socket) is the IPv4 address, as on an IPv4 socket.
/// </summary>
public static class ClientAddress
{
    private const int Ipv6NetworkBytes = 8;

    /// <summary>The request's client key; empty when the address is unknown.</summary>
    public static string Key(HttpContext context) => Key(context.Connection.RemoteIpAddress);

    public static string Key(IPAddress? address)
    {
        if (address is null)
        {
            return string.Empty;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[Ipv6NetworkBytes..].Clear();
        return new IPAddress(bytes) + "/64";
    }
}
