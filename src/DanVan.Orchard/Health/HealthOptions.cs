namespace DanVan.Orchard.Health;

/// <summary><c>DanVan:Health</c>: what <c>/health/ready</c> tells whom.</summary>
public sealed class HealthOptions
{
    public const string Section = "DanVan:Health";

    /// <summary>
    /// Whether an operator on the node (<see cref="HealthDetailReaders"/>) is shown each check's status. Turn it off
    /// where a proxy on the node passes requests on without a forwarding header and with a loopback host name (a TCP
    /// or PROXY-protocol front end, HAProxy without <c>option forwardfor</c>): its callers would look local.
    /// </summary>
    public bool ChecksForLocalOperator { get; set; } = true;
}
