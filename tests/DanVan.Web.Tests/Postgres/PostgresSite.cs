using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace DanVan.Web.Tests.Postgres;

/// <summary>The real host with <c>DanVan:Database:Provider=Postgres</c> on a database of its own.</summary>
public class PostgresSite(string connectionString, int maxPoolSize = 50) : OrchardWebApplicationFactory
{
    public string ConnectionString => connectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("DanVan:Database:Provider", "Postgres");
        builder.UseSetting("DanVan:Database:ConnectionString", connectionString);
        builder.UseSetting("DanVan:Database:MaxPoolSize", maxPoolSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>One value read straight from the database, as an operator would in psql.</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
