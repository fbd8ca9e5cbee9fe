namespace DanVan.Web.Tests.Cluster;

/// <summary>
/// One cluster (two node processes on one PostgreSQL, one Redis, one Azurite) for every cluster test: the tests stop
/// and start the services under it, so they run one after another, never beside each other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "Cluster";
}
