using DanVan.Media.Azure;
using DanVan.Orchard.Media;
using Microsoft.Extensions.Options;

namespace DanVan.Orchard.Tests.Media;

/// <summary>The media store contract against a real Azurite, with a container per tenant.</summary>
public sealed class AzureBlobMediaStoreTests(Azurite azurite) : MediaStoreContract, IClassFixture<Azurite>
{
    protected override IMediaStore Store { get; } = new AzureBlobMediaStore(Options.Create(new AzureBlobMediaOptions
    {
        ConnectionString = azurite.ConnectionString,
        ContainerName = "t" + Guid.NewGuid().ToString("N")[..8] + "-{tenant}",
    }));
}

/// <summary>The same contract with one shared container and a folder per tenant.</summary>
public sealed class AzureBlobSharedContainerMediaStoreTests(Azurite azurite) : MediaStoreContract, IClassFixture<Azurite>
{
    protected override IMediaStore Store { get; } = new AzureBlobMediaStore(Options.Create(new AzureBlobMediaOptions
    {
        ConnectionString = azurite.ConnectionString,
        ContainerName = "shared-" + Guid.NewGuid().ToString("N")[..8],
        BasePath = "{tenant}/",
    }));
}

/// <summary>Azurite stopped under the store: calls fail as unavailable (the web layer answers 503), nothing hangs.</summary>
public sealed class AzureBlobMediaStoreFaultTests : IAsyncLifetime
{
    private readonly Azurite _azurite = new();

    public Task InitializeAsync() => _azurite.InitializeAsync();

    public Task DisposeAsync() => _azurite.DisposeAsync();

    [Fact]
    public async Task An_unreachable_blob_service_fails_reads_and_writes_with_a_request_failure()
    {
        var store = new AzureBlobMediaStore(Options.Create(new AzureBlobMediaOptions { ConnectionString = _azurite.ConnectionString }));
        await store.WriteAsync("HoaAn", "truoc.txt", new MemoryStream([1, 2, 3]), CancellationToken.None);

        await _azurite.StopAsync();

        await Assert.ThrowsAsync<MediaStoreUnavailableException>(() => store.WriteAsync("HoaAn", "sau.txt", new MemoryStream([4]), CancellationToken.None));
        await Assert.ThrowsAsync<MediaStoreUnavailableException>(() => store.GetFileAsync("HoaAn", "truoc.txt", CancellationToken.None));
    }
}
