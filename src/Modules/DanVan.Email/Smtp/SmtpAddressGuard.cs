using System.Net;
using System.Net.Sockets;

namespace DanVan.Email.Smtp;

/// <summary>
/// Which addresses a tenant's own mail server may have: public unicast ones only. The name is resolved once and the
/// connection made to the address vetted here (never resolved again), so a name that answers a public address to the
/// check and a private one to the connection (DNS rebinding) gets nowhere.
/// </summary>
public static class SmtpAddressGuard
{
    /// <summary>
    /// The addresses of <paramref name="host"/> (a name or a literal address), all allowed; throws
    /// <see cref="MailConnectionException"/> (<see cref="MailFailureKind.NotAllowed"/>) when any is internal, and
    /// (<see cref="MailFailureKind.Unreachable"/>) when the name does not resolve.
    /// </summary>
    public static async Task<IPAddress[]> ResolveAllowedAsync(string host, CancellationToken cancellationToken)
    {
        var bare = host.Trim().TrimStart('[').TrimEnd(']');
        IPAddress[] addresses;
        if (IPAddress.TryParse(bare, out var literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await Dns.GetHostAddressesAsync(bare, cancellationToken);
            }
            catch (SocketException e)
            {
                throw new MailConnectionException($"Không tìm thấy máy chủ thư “{host}”: {e.Message}", MailFailureKind.Unreachable, e);
            }
        }

        // A name with one internal address among public ones is refused whole: which one a connection gets is not ours to choose.
        if (addresses.Length == 0 || addresses.Any(IsForbidden))
        {
            throw new MailConnectionException(NotAllowedMessage(host), MailFailureKind.NotAllowed);
        }

        return addresses;
    }

    public static string NotAllowedMessage(string host) =>
        $"Máy chủ thư “{host}” có địa chỉ nội bộ (loopback, mạng riêng, link-local…): máy chủ riêng của trang phải là một máy chủ thư công khai.";

    /// <summary>Loopback, private (RFC 1918), CGNAT, link-local, unique-local, unspecified, multicast, reserved — and IPv6 forms carrying such an IPv4 address.</summary>
    public static bool IsForbidden(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.IsIPv4MappedToIPv6)
            {
                return IsForbiddenV4(address.MapToIPv4());
            }

            var bytes = address.GetAddressBytes();

            // IPv4-compatible (::a.b.c.d, deprecated), which includes :: and ::1; and NAT64 (64:ff9b::/96).
            if (bytes.Take(12).All(b => b == 0) || (bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == 0xff && bytes[3] == 0x9b && bytes.Skip(4).Take(8).All(b => b == 0)))
            {
                return IsForbiddenV4(new IPAddress(bytes[12..]));
            }

            // 6to4 (2002:a.b.c.d::/48) carries an IPv4 address too.
            if (bytes[0] == 0x20 && bytes[1] == 0x02)
            {
                return IsForbiddenV4(new IPAddress(bytes[2..6]));
            }

            return IPAddress.IPv6Loopback.Equals(address) || IPAddress.IPv6Any.Equals(address)
                || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                || (bytes[0] & 0xfe) == 0xfc; // unique-local fc00::/7
        }

        return address.AddressFamily != AddressFamily.InterNetwork || IsForbiddenV4(address);
    }

    private static bool IsForbiddenV4(IPAddress address)
    {
        var b = address.GetAddressBytes();
        return b[0] == 0                                   // 0.0.0.0/8, "this network" (unspecified)
            || b[0] == 127                                 // loopback
            || b[0] == 10                                  // private
            || (b[0] == 172 && (b[1] & 0xf0) == 16)        // private 172.16/12
            || (b[0] == 192 && b[1] == 168)                // private
            || (b[0] == 100 && (b[1] & 0xc0) == 64)        // CGNAT 100.64/10
            || (b[0] == 169 && b[1] == 254)                // link-local, cloud metadata
            || (b[0] == 192 && b[1] == 0 && b[2] == 0)     // IETF protocol assignments
            || b[0] >= 224;                                // multicast, reserved, broadcast
    }
}
