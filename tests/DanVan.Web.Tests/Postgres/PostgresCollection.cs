namespace DanVan.Web.Tests.Postgres;

/// <summary>
/// The PostgreSQL tests share one server (its start costs a second or two) and the site provisioned on it; they run
/// one class after another. Each site gets a database of its own on the server.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresSiteFixture>
{
    public const string Name = "PostgreSQL";
}
