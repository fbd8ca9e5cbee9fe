using DanVan.Orchard.Data;

namespace DanVan.Web.Tests.Postgres;

/// <summary>Tenant schema names are derived from the (validated) tenant name, lower-cased and prefixed, and nothing else is ever quoted into SQL.</summary>
public sealed class PostgresSchemaNameTests
{
    [Theory]
    [InlineData("HoaAn", "t_hoaan")]
    [InlineData("Default", "t_default")]
    [InlineData("Huyen_12", "t_huyen_12")]
    public void A_tenant_schema_is_its_name_in_lower_case_with_a_prefix(string tenant, string schema)
    {
        Assert.Equal(schema, PostgresSchemaName.ForTenant(tenant));
        Assert.Equal($"\"{schema}\"", PostgresSchemaName.Quote(schema));
    }

    [Theory]
    [InlineData("x\"; DROP SCHEMA danvan CASCADE; --")]
    [InlineData("hoa an")]
    [InlineData("Hòa")]
    [InlineData("")]
    public void A_name_that_is_not_a_plain_identifier_is_refused(string tenant)
    {
        Assert.Throws<ArgumentException>(() => PostgresSchemaName.ForTenant(tenant));
        Assert.Throws<ArgumentException>(() => PostgresSchemaName.Quote(tenant));
    }

    [Fact]
    public void A_name_longer_than_postgres_identifiers_is_refused() =>
        Assert.Throws<ArgumentException>(() => PostgresSchemaName.ForTenant(new string('a', 62)));
}
