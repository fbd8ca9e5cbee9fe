using System.Net;
using Microsoft.AspNetCore.Http;

namespace DanVan.Orchard.Health;

/// <summary>
/// Who is shown each check of <c>/health/ready</c> (which services the node uses and which of them is down): only an
/// operator on the node itself — a request from loopback, to a loopback host name, that no proxy forwarded. Everyone
/// else (a load balancer needs nothing more) gets the overall status. A request with no known address (no connection,
/// as under the in-process test server) is not local.
/// </summary>
internal static class HealthDetailReaders
{
    // A reverse proxy on the node connects from loopback too: a request carrying any of these came from elsewhere
    // (X-Original-For is what the forwarded-headers middleware leaves once it has read X-Forwarded-For).
    private static readonly string[] ForwardingHeaders = ["X-Forwarded-For", "X-Original-For", "Forwarded", "X-Real-IP"];

    public static bool MaySeeChecks(HttpContext context)
    {
        if (context.Connection.RemoteIpAddress is not { } remote || !IsLoopback(remote))
        {
            return false;
        }

        var request = context.Request;
        return !ForwardingHeaders.Any(request.Headers.ContainsKey) && IsLoopbackHost(request.Host.Host);
    }

    private static bool IsLoopback(IPAddress address) =>
        IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    // A proxy usually passes the public host name on; an operator asks http://127.0.0.1:…, http://[::1]:… or localhost.
    private static bool IsLoopbackHost(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) ||
        (IPAddress.TryParse(host.Trim('[', ']'), out var literal) && IsLoopback(literal));
}
