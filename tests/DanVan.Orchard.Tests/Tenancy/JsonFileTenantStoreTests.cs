using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DanVan.Orchard.Tests.Tenancy;

/// <summary>The tenant store on disk: a file broken by a hand edit is one clear error and is never overwritten.</summary>
public sealed class JsonFileTenantStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "danvan-store-" + Guid.NewGuid().ToString("N"));
    private readonly JsonFileTenantStore _store;

    public JsonFileTenantStoreTests()
    {
        var environment = new TestEnvironment { ContentRootPath = _root };
        _store = new JsonFileTenantStore(AppDataLocation.Resolve(Options.Create(new OrchardOptions()), environment));
        Directory.CreateDirectory(Path.Combine(_root, "App_Data"));
    }

    private string StoreFile => Path.Combine(_root, "App_Data", "tenants.json");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("{\n  \"Tenants\": [\n    { \"Name\": \"Default\", \"State\": Running }\n  ]\n}", ":3:", "is an invalid start of a value")]
    [InlineData("{\n  \"Tenants\": [\n    { \"Name\": \"Default\", \"State\": \"Chạy\" }\n  ]\n}", ":3:", "(at $.Tenants[0].State)")]
    [InlineData("{ \"Tenants\": [ { \"State\": \"Running\" } ] }", ":1:", "missing required properties")]
    [InlineData("", ":1:1:", "does not contain any JSON tokens")]
    public async Task A_corrupt_file_is_one_line_naming_the_file_and_the_position(string json, string position, string reason)
    {
        await File.WriteAllTextAsync(StoreFile, json);

        var error = await Assert.ThrowsAsync<TenantStoreException>(() => _store.LoadAsync(CancellationToken.None));

        Assert.StartsWith(StoreFile + position, error.Message);
        Assert.Contains(reason, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{ }")]
    [InlineData("{ \"Tenants\": [ null ] }")]
    public async Task Valid_json_that_is_not_a_tenant_list_is_refused_rather_than_read_as_no_tenants(string json)
    {
        await File.WriteAllTextAsync(StoreFile, json);

        await Assert.ThrowsAsync<TenantStoreException>(() => _store.LoadAsync(CancellationToken.None));
        await Assert.ThrowsAsync<TenantStoreException>(() => _store.UpdateAsync(t => t.Count, CancellationToken.None));
        Assert.Equal(json, await File.ReadAllTextAsync(StoreFile));
    }

    [Fact]
    public async Task A_write_leaves_no_temporary_file_and_clears_those_of_a_killed_writer()
    {
        var orphan = StoreFile + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllTextAsync(orphan, "{ \"Tenants\": [");

        await _store.UpdateAsync(t => { t.Add(new TenantSettings { Name = "Default" }); return true; }, CancellationToken.None);

        Assert.Equal(["Default"], (await _store.LoadAsync(CancellationToken.None)).Select(t => t.Name));
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(StoreFile)!, "*.tmp"));
    }

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "Tests";

        public string ContentRootPath { get; set; } = string.Empty;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
