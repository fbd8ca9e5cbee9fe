using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DanVan.Web.Tests.ScaleOut;

/// <summary>
/// Requests as an operator on the node makes them (<c>curl http://localhost:…/health/ready</c>): from loopback. The
/// in-process test server has no connection, so a plain client's requests have no address and are not local.
/// </summary>
public static class NodeOperatorClient
{
    public static HttpClient Create(WebApplicationFactory<Program> site) => From(site, IPAddress.Loopback);

    public static HttpClient From(WebApplicationFactory<Program> site, IPAddress address) =>
        new(site.Server.CreateHandler(context => context.Connection.RemoteIpAddress = address)) { BaseAddress = site.Server.BaseAddress };
}
