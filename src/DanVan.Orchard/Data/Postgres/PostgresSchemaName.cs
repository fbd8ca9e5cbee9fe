using System.Text.RegularExpressions;

namespace DanVan.Orchard.Data;

/// <summary>
/// The schema names the PostgreSQL provider uses. Derived from names already validated elsewhere and checked again here,
/// so nothing outside <c>[a-z0-9_]</c> ever reaches SQL text; they are quoted where they are used all the same.
/// </summary>
public static partial class PostgresSchemaName
{
    /// <summary>The schema shared by all tenants: the tenant store and the schema-copy function.</summary>
    public const string Shared = "danvan";

    public static string ForTenant(string tenantName) => tenantName.Length > 0
        ? Checked("t_" + tenantName.ToLowerInvariant())
        : throw new ArgumentException("A tenant has a name.", nameof(tenantName));

    public static string ForTemplate(string schemaKey) => Checked("tpl_" + schemaKey.ToLowerInvariant());

    /// <summary>What every spare copy of the template of <paramref name="schemaKey"/> is named from ("sp_&lt;key&gt;_").</summary>
    public static string SparePrefix(string schemaKey) => Checked("sp_" + schemaKey.ToLowerInvariant()) + "_";

    /// <summary>A new spare's name: the prefix and eight random hex digits.</summary>
    public static string NewSpare(string schemaKey) => Checked(SparePrefix(schemaKey) + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>The identifier quoted for SQL text ("t_hoaan").</summary>
    public static string Quote(string schema) => "\"" + Checked(schema) + "\"";

    private static string Checked(string schema) => SafeName().IsMatch(schema)
        ? schema
        : throw new ArgumentException($"'{schema}' is not a schema name this provider makes (lower-case letters, digits, '_', at most 63).", nameof(schema));

    [GeneratedRegex("^[a-z][a-z0-9_]{0,62}$")]
    private static partial Regex SafeName();
}
